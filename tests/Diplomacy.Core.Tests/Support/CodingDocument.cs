using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Tests.Support;

/// <summary>
/// A hand-laid document with the layers the coders read (mentions, actors, dates, quotes) added by hand,
/// so EventCoder and PositionCoder are tested whatever the earlier stages do.
/// </summary>
internal sealed class CodingDocument
{
    private CodingDocument(ArticleDocument document) => Document = document;

    public ArticleDocument Document { get; }

    /// <param name="body">Paragraphs separated by blank lines; a title is put before them.</param>
    public static CodingDocument Create(string body, string published = "2013-05-07") =>
        new(HandLaidDocument.Create("Title\n\n" + body, published));

    /// <summary>Marks every whole-word occurrence of <paramref name="surface"/> as a mention of the actor.</summary>
    public CodingDocument Actor(string surface, string name, ActorType type, string? country, bool isAnalyst = false)
    {
        Document.Actors.TryAdd(name, new ArticleActor { Name = name, Type = type, Country = country, IsAnalyst = isAnalyst });
        foreach (var start in Occurrences(surface))
        {
            var span = new TextSpan(start, start + surface.Length);
            if (!Document.Mentions.Exists(m => m.Span.Overlaps(span)))
            {
                Document.Mentions.Add(new ActorMention(span, name, surface, MentionKind.Alias));
            }
        }

        Document.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return this;
    }

    public CodingDocument Person(string surface, string name, string? country, bool isAnalyst = false) =>
        Actor(surface, name, ActorType.Person, country, isAnalyst);

    public CodingDocument Country(string surface, string name, string? country) => Actor(surface, name, ActorType.Country, country);

    /// <summary>The usual sides: "the United States", "Washington", "US", "Russia", "Moscow", "the Russians".</summary>
    public CodingDocument Sides() => this
        .Country("the United States", "United States", "US")
        .Country("United States", "United States", "US")
        .Country("Washington", "United States", "US")
        .Country("U.S.", "United States", "US")
        .Country("US", "United States", "US")
        .Country("the Russians", "Russia", "Russia")
        .Country("Russia", "Russia", "Russia")
        .Country("Moscow", "Russia", "Russia");

    /// <summary>Marks the first occurrence of a date phrase, resolved to an ISO date.</summary>
    public CodingDocument Date(string phrase, string iso, bool isFuture = false)
    {
        var start = Occurrences(phrase).First();
        Document.TemporalExpressions.Add(new TemporalExpression(new TextSpan(start, start + phrase.Length), phrase, PartialDate.Parse(iso), isFuture));
        return this;
    }

    /// <summary>Marks the first occurrence of a quoted text as a quote by the speaker.</summary>
    public CodingDocument Quote(string text, string speaker)
    {
        var start = Occurrences(text).First();
        Document.Quotes.Add(new Quote(new TextSpan(start, start + text.Length), text, speaker, Attribution.Explicit, null, null));
        return this;
    }

    private IEnumerable<int> Occurrences(string surface)
    {
        var text = Document.Text;
        for (var i = text.IndexOf(surface, StringComparison.Ordinal); i >= 0; i = text.IndexOf(surface, i + 1, StringComparison.Ordinal))
        {
            var before = i == 0 ? ' ' : text[i - 1];
            var after = i + surface.Length >= text.Length ? ' ' : text[i + surface.Length];
            if (!char.IsLetterOrDigit(before) && !char.IsLetterOrDigit(after))
            {
                yield return i;
            }
        }
    }
}
