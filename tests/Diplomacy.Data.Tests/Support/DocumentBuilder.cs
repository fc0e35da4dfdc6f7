using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Data.Tests.Support;

/// <summary>
/// Builds an extracted document by hand, for tests that need specific quotes, events or positions whatever
/// the pipeline finds today. The first line is the title; every other non-empty line is one paragraph of one sentence.
/// </summary>
public sealed class DocumentBuilder
{
    private DocumentBuilder(ArticleDocument document, PartialDate? published)
    {
        Document = document;
        var offset = 0;
        foreach (var line in document.Text.Split('\n'))
        {
            if (line.Length > 0)
            {
                var span = new TextSpan(offset, offset + line.Length);
                document.Blocks.Add(new Block(document.Blocks.Count == 0 ? BlockKind.Title : BlockKind.Paragraph, span));
                document.Sentences.Add(new Sentence(document.Sentences.Count, span, document.Blocks.Count - 1));
            }

            offset += line.Length + 1;
        }

        if (published is { } date)
        {
            document.Published = new PublicationDate(date, 0.9, [new DateEvidence(Find(document.Text.Split('\n')[0]), "title", "a test date")]);
        }
    }

    public ArticleDocument Document { get; }

    public static DocumentBuilder For(string fileName, string text, PartialDate? published = null) => new(new ArticleDocument(fileName, text), published);

    /// <summary>For a document whose working text was already repaired (its spans then differ from the raw text's).</summary>
    public static DocumentBuilder For(ArticleDocument repaired, PartialDate? published = null) => new(repaired, published);

    public TextSpan Find(string phrase)
    {
        var start = Document.Text.IndexOf(phrase, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"\"{phrase}\" is not in the text.", nameof(phrase));
        }

        return new TextSpan(start, start + phrase.Length);
    }

    /// <summary>An actor, with a mention at the first place each alias occurs.</summary>
    public DocumentBuilder Actor(string name, ActorType type, string? country, params string[] aliases)
    {
        var actor = new ArticleActor { Name = name, Type = type, Country = country, IsKnown = country is not null };
        foreach (var alias in aliases)
        {
            actor.Aliases.Add(alias);
            Document.Mentions.Add(new ActorMention(Find(alias), name, alias, MentionKind.Alias));
        }

        Document.Actors[name] = actor;
        return this;
    }

    public DocumentBuilder Quote(string words, string? speaker)
    {
        Document.Quotes.Add(new Quote(Find(words), words, speaker, Attribution.Explicit, null, null));
        return this;
    }

    public DocumentBuilder Temporal(string phrase, PartialDate resolved)
    {
        Document.TemporalExpressions.Add(new TemporalExpression(Find(phrase), phrase, resolved));
        return this;
    }

    public DocumentBuilder Event(EventType type, string evidence, PartialDate? date, string[] sources, string[] targets)
    {
        var span = Find(evidence);
        Document.Events.Add(new DiplomaticEvent(
            type, "00", 0, sources, targets, null, date, EventStatus.Occurred, $"{type} of {string.Join(", ", sources)}", span, Document.SentenceAt(span.Start)!.Index));
        return this;
    }

    public DocumentBuilder Position(Side side, Topic topic, string holder, string evidence)
    {
        var span = Find(evidence);
        Document.Positions.Add(new Position(side, topic, "a stance", 1, holder, Document.Published?.Date, span, false, Document.SentenceAt(span.Start)!.Index));
        return this;
    }
}
