using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Coding;

/// <summary>
/// Walks a document's prose sentences in order and turns its mentions, dates and quotes into
/// <see cref="SentenceView"/>s. It carries the last persons named from sentence to sentence so that
/// "she says" finds Ms. Clinton. Every layer is read with a forward-moving cursor: linear in the document.
/// </summary>
internal sealed class DocumentReader
{
    private const int RecentPersonsKept = 8;

    /// <summary>How long a flagged phrase may be: the search for one overlapping a span looks no further back.</summary>
    private const int MaxFlagLength = 400;

    /// <summary>The longest sentence coded, in characters: ten times a long news sentence.</summary>
    private const int MaxSentenceLength = 3000;

    /// <summary>Words at a sentence's start within which a date phrase sets the narrative's time ("In June 2012, …").</summary>
    private const int OpeningWords = 2;

    /// <summary>Title words that may stand between a country and its official ("U.S. Secretary of State John Kerry").</summary>
    private const int MaxTitleWords = 5;

    private readonly ArticleDocument _document;
    private readonly CodingVocabulary _vocabulary;
    private readonly KnowledgeBase _knowledge;
    private readonly WordTable _words;
    private List<TextSpan>? _flagStarts;

    /// <param name="words">The coder's lexicon words, so that reading allocates no string per word.</param>
    public DocumentReader(ArticleDocument document, CodingVocabulary vocabulary, KnowledgeBase knowledge, WordTable words)
    {
        _document = document;
        _words = words;
        _vocabulary = vocabulary;
        _knowledge = knowledge;
        BothSides = [SideCountry("US"), SideCountry("Russia")];
    }

    /// <summary>Whether the date stage flagged a phrase as contradicting the knowledge file ("In October 2012 … vetoed").</summary>
    public bool IsContradicted(TextSpan span)
    {
        _flagStarts ??= [.. _document.Flags.Select(f => f.Span).OrderBy(f => f.Start)];
        var low = 0;
        var high = _flagStarts.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_flagStarts[mid].Start < span.End)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        for (var i = low - 1; i >= 0 && _flagStarts[i].Start > span.Start - MaxFlagLength; i--)
        {
            if (_flagStarts[i].Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The canonical names a joint reference ("both countries") stands for: the US and Russia.</summary>
    public IReadOnlyList<string> BothSides { get; }

    public static Side? SideOf(string? country) => country switch
    {
        "US" => Side.US,
        "Russia" => Side.Russia,
        _ => null,
    };

    public IEnumerable<SentenceView> ReadProse()
    {
        var mentions = WithoutNested(OutsideDatelines(_document));
        var temporals = ByStart(_document.TemporalExpressions, t => t.Span.Start);
        var quotes = ByStart(_document.Quotes, q => q.Span.Start);
        var recentPersons = new List<string>();
        PartialDate? narrative = null;
        int mentionCursor = 0, temporalCursor = 0, quoteCursor = 0;
        foreach (var sentence in ByStart(_document.Sentences, s => s.Span.Start))
        {
            var span = sentence.Span;
            var sentenceMentions = Take(mentions, ref mentionCursor, span, static m => m.Span.Start);
            var sentenceTemporals = Take(temporals, ref temporalCursor, span, static t => t.Span.Start);
            while (quoteCursor < quotes.Count && quotes[quoteCursor].Span.End <= span.Start)
            {
                quoteCursor++;
            }

            var sentenceQuotes = new List<Quote>();
            for (var q = quoteCursor; q < quotes.Count && quotes[q].Span.Start < span.End; q++)
            {
                if (quotes[q].Span.Overlaps(span))
                {
                    sentenceQuotes.Add(quotes[q]);
                }
            }

            // A "sentence" of thousands of characters is text the segmenter could not split (a list, a run-on
            // line); coding it would cost the square of its length and say nothing reliable.
            if (sentence.BlockIndex >= _document.Blocks.Count || _document.Blocks[sentence.BlockIndex].Kind != BlockKind.Paragraph
                || span.Length > MaxSentenceLength)
            {
                continue;
            }

            var tokens = WordTokenizer.Tokenize(_document.Text, span, _words);
            var references = ReadReferences(tokens, sentenceMentions, sentenceQuotes, recentPersons);
            if (OpeningDate(tokens, sentenceTemporals) is { } opening)
            {
                narrative = opening.Resolved is { } resolved && !opening.IsFuture && NamesAYear(opening.Text) ? resolved : null;
            }

            yield return new SentenceView(_document.Text, sentence, tokens, references, sentenceTemporals, sentenceQuotes, _vocabulary, narrative);
            foreach (var quote in sentenceQuotes.Where(q => q.Speaker is not null))
            {
                Remember(recentPersons, quote.Speaker!);
            }
        }
    }

    private List<ActorReference> ReadReferences(List<WordToken> tokens, List<ActorMention> mentions, List<Quote> quotes, List<string> recentPersons)
    {
        var references = new List<ActorReference>();
        var mentionIndex = 0;
        var tokenIndex = 0;
        while (tokenIndex < tokens.Count)
        {
            var token = tokens[tokenIndex];
            while (mentionIndex < mentions.Count && mentions[mentionIndex].Span.End <= token.Start)
            {
                mentionIndex++;
            }

            if (mentionIndex < mentions.Count && mentions[mentionIndex].Span.Start <= token.Start)
            {
                var mention = mentions[mentionIndex];
                var end = tokenIndex;
                while (end < tokens.Count && tokens[end].Start < mention.Span.End)
                {
                    end++;
                }

                var named = Named(tokens, tokenIndex, end, mention);
                if (references.Count > 0 && references[^1] is { Kind: ReferenceKind.Named } previous
                    && previous.TokenEnd == tokenIndex && previous.Names.SequenceEqual(named.Names))
                {
                    // "Russian President" + "Vladimir Putin": an office and a name of one person are one reference.
                    named = named with { TokenStart = previous.TokenStart, AfterPreposition = previous.AfterPreposition };
                    references.RemoveAt(references.Count - 1);
                }

                references.Add(named);
                if (named.IsPerson && named.Kind != ReferenceKind.Modifier)
                {
                    Remember(recentPersons, mention.ActorName);
                }

                mentionIndex++;
                tokenIndex = end;
                continue;
            }

            if (_vocabulary.JointReferences.MatchAt(tokens, tokenIndex) is { } joint)
            {
                var names = joint.Values[0] && LastPersonOf(Side.US, recentPersons) is { } american && LastPersonOf(Side.Russia, recentPersons) is { } russian
                    ? [american, russian]
                    : BothSides;
                references.Add(new ActorReference(
                    joint.Start, joint.End, names, Side.Both, ReferenceKind.Joint, IsAfterPreposition(tokens, joint.Start), null, tokens[joint.End - 1].End));
                tokenIndex = joint.End;
                continue;
            }

            if (_vocabulary.PersonPronouns.Contains(token.Text) && ResolvePronoun(token.Text, recentPersons) is { } person)
            {
                references.Add(Reference(tokens, tokenIndex, tokenIndex + 1, person, ReferenceKind.Pronoun));
            }
            else if (_vocabulary.FirstPersonPronouns.Contains(token.Text) && SpeakerAt(quotes, token.Start) is { } speaker)
            {
                references.Add(Reference(tokens, tokenIndex, tokenIndex + 1, speaker, ReferenceKind.Pronoun));
            }

            tokenIndex++;
        }

        MarkModifiers(tokens, references);
        return references;
    }

    /// <summary>
    /// A country or body named just before a thing ("a U.N. resolution") or before a person with only a title
    /// between ("U.S. President Barack Obama", "Kremlin spokesman Dmitry Peskov") modifies it: it is no subject.
    /// </summary>
    private void MarkModifiers(List<WordToken> tokens, List<ActorReference> references)
    {
        for (var k = 0; k < references.Count; k++)
        {
            var reference = references[k];
            if (reference.Kind != ReferenceKind.Named || reference.IsPerson)
            {
                continue;
            }

            var next = reference.TokenEnd;
            var beforeThing = next < tokens.Count && tokens[next].BreakBefore == '\0' && _vocabulary.ObjectNouns.Contains(tokens[next].Text);
            if (beforeThing || (k + 1 < references.Count && IsTitleOf(tokens, reference, references[k + 1])))
            {
                references[k] = reference with { Kind = ReferenceKind.Modifier };
            }
        }
    }

    private bool IsTitleOf(List<WordToken> tokens, ActorReference body, ActorReference person)
    {
        if (!person.IsPerson || person.TokenStart - body.TokenEnd > MaxTitleWords)
        {
            return false;
        }

        for (var i = body.TokenEnd; i <= person.TokenStart && i < tokens.Count; i++)
        {
            if (tokens[i].BreakBefore != '\0')
            {
                return false;
            }

            if (i < person.TokenStart && !_vocabulary.RoleWords.Contains(tokens[i].Text) && !char.IsUpper(_document.Text[tokens[i].Start]))
            {
                return false;
            }
        }

        return true;
    }

    private ActorReference Named(List<WordToken> tokens, int start, int end, ActorMention mention)
    {
        var text = _document.Text;
        var after = mention.Span.End;
        var before = mention.Span.Start - 1;
        var kind = ReferenceKind.Named;
        if ((after + 1 < text.Length && text[after] == '-' && char.IsLetter(text[after + 1]))
            || (before >= 1 && text[before] == '-' && (char.IsLetter(text[before - 1]) || text[before - 1] == '.')))
        {
            kind = ReferenceKind.Modifier;
        }
        else if (end < tokens.Count && tokens[end].Text == WordTable.Possessive && tokens[end].Start == after)
        {
            kind = ReferenceKind.Possessive;
        }
        else if (start > 0 && _vocabulary.IndefiniteArticles.Contains(tokens[start - 1].Text) && tokens[start].BreakBefore == '\0')
        {
            kind = ReferenceKind.Modifier;
        }

        return Reference(tokens, start, end, mention.ActorName, kind);
    }

    private ActorReference Reference(List<WordToken> tokens, int start, int end, string actorName, ReferenceKind kind)
    {
        var actor = _document.Actors.GetValueOrDefault(actorName);
        var country = actor?.Country ?? _knowledge.FindActor(actorName)?.Country;
        return new ActorReference(start, end, [actorName], SideOf(country), kind, IsAfterPreposition(tokens, start), actor, tokens[end - 1].End);
    }

    private bool IsAfterPreposition(List<WordToken> tokens, int start)
    {
        var i = start - 1;
        while (i >= 0 && _vocabulary.Determiners.Contains(tokens[i].Text) && tokens[i + 1].BreakBefore == '\0')
        {
            i--;
        }

        return i >= 0 && tokens[i + 1].BreakBefore == '\0' && _vocabulary.Prepositions.Contains(tokens[i].Text);
    }

    /// <summary>The last person named whose gender does not contradict the pronoun.</summary>
    private string? ResolvePronoun(string pronoun, List<string> recentPersons)
    {
        var contradicting = pronoun == "she" ? Gender.Male : Gender.Female;
        for (var i = recentPersons.Count - 1; i >= 0; i--)
        {
            if (_document.Actors.GetValueOrDefault(recentPersons[i])?.Gender != contradicting)
            {
                return recentPersons[i];
            }
        }

        return null;
    }

    private static string? SpeakerAt(List<Quote> quotes, int offset)
    {
        foreach (var quote in quotes)
        {
            if (quote.Speaker is not null && quote.Span.Contains(offset))
            {
                return quote.Speaker;
            }
        }

        return null;
    }

    /// <summary>The date phrase a sentence opens with ("In June 2012, …", "On Tuesday, …"), if any.</summary>
    private static TemporalExpression? OpeningDate(List<WordToken> tokens, List<TemporalExpression> temporals)
    {
        if (tokens.Count == 0 || temporals.Count == 0)
        {
            return null;
        }

        var openingEnd = tokens[Math.Min(OpeningWords, tokens.Count) - 1].End;
        return temporals.Find(t => t.Span.Start < openingEnd);
    }

    private static bool NamesAYear(string phrase)
    {
        var digits = 0;
        foreach (var c in phrase)
        {
            digits = char.IsAsciiDigit(c) ? digits + 1 : 0;
            if (digits == 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last person named from one side, for "the two presidents".</summary>
    private string? LastPersonOf(Side side, List<string> recentPersons)
    {
        for (var i = recentPersons.Count - 1; i >= 0; i--)
        {
            var name = recentPersons[i];
            if (SideOf(_document.Actors.GetValueOrDefault(name)?.Country ?? _knowledge.FindActor(name)?.Country) == side)
            {
                return name;
            }
        }

        return null;
    }

    private static void Remember(List<string> recentPersons, string name)
    {
        recentPersons.Remove(name);
        recentPersons.Add(name);
        if (recentPersons.Count > RecentPersonsKept)
        {
            recentPersons.RemoveAt(0);
        }
    }

    private string SideCountry(string country)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? mentioned = null;
        foreach (var mention in _document.Mentions)
        {
            if (_document.Actors.GetValueOrDefault(mention.ActorName) is { Type: ActorType.Country } actor && actor.Country == country)
            {
                var count = counts[actor.Name] = counts.GetValueOrDefault(actor.Name) + 1;
                if (mentioned is null || count > counts[mentioned])
                {
                    mentioned = actor.Name;
                }
            }
        }

        return mentioned
            ?? _knowledge.Actors.FirstOrDefault(a => a.Type == ActorType.Country && a.Country == country)?.Name
            ?? country;
    }

    /// <summary>The items in text order: the list itself where the stage that wrote it kept that order, else a sorted copy.</summary>
    private static List<T> ByStart<T>(List<T> items, Func<T, int> startOf)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (startOf(items[i]) < startOf(items[i - 1]))
            {
                return [.. items.OrderBy(startOf)];
            }
        }

        return items;
    }

    /// <summary>Mentions by start, dropping any inside a longer one ("US" inside "US Secretary of State John Kerry").</summary>
    /// <summary>A wire lead names where and by whom the story was filed ("MOSCOW (Reuters) -"), not who took part in it.</summary>
    private static List<ActorMention> OutsideDatelines(ArticleDocument document) =>
        document.Datelines.Count == 0
            ? document.Mentions
            : [.. document.Mentions.Where(m => !document.Datelines.Any(d => d.Span.Contains(m.Span)))];

    private static List<ActorMention> WithoutNested(List<ActorMention> mentions)
    {
        var result = new List<ActorMention>(mentions.Count);
        foreach (var mention in ByStart(mentions, static m => m.Span.Start))
        {
            if (result.Count > 0 && result[^1].Span.End > mention.Span.Start)
            {
                // Of two mentions starting together, the longer is the name ("Secretary Kerry" over "Secretary").
                if (result[^1].Span.Start == mention.Span.Start && mention.Span.Length > result[^1].Span.Length)
                {
                    result[^1] = mention;
                }

                continue;
            }

            result.Add(mention);
        }

        return result;
    }

    /// <summary>The items starting inside the span; the cursor only moves forward.</summary>
    private static List<T> Take<T>(List<T> items, ref int cursor, TextSpan span, Func<T, int> startOf)
    {
        while (cursor < items.Count && startOf(items[cursor]) < span.Start)
        {
            cursor++;
        }

        var taken = new List<T>();
        while (cursor < items.Count && startOf(items[cursor]) < span.End)
        {
            taken.Add(items[cursor]);
            cursor++;
        }

        return taken;
    }
}
