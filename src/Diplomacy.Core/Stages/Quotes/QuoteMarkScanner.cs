using System.Buffers;
using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Quotes;

/// <summary>
/// Pairs quote marks in one linear pass, whatever their layout: curly or straight, mixed pairs (“…"),
/// nested single quotes, a paragraph that opens a new quote without closing the last (the wire convention
/// for a quote running over paragraphs), a closing mark whose opening mark is missing, and odd numbers of marks.
/// Where an article has no double marks at all, its single marks are its quote marks (the British convention:
/// 'We will not accept this,' he said), told from apostrophes by the letters around them.
/// </summary>
public static class QuoteMarkScanner
{
    private static readonly SearchValues<char> DoubleMarks = SearchValues.Create("“”„«»\"");

    /// <summary>
    /// A single mark closes the quote opened at <paramref name="start"/> unless it reads as the apostrophe of a plural
    /// possessive ("the allies' plan": after an "s", before a lower-case word) and a later mark can close it instead.
    /// </summary>
    private static bool IsSingleQuoteClosing(string text, int i, int start, TextSpan block)
    {
        if (i <= start + 1 || char.IsWhiteSpace(text[i - 1]) || !IsSingleClosing(text, i, block))
        {
            return false;
        }

        var possessive = text[i - 1] == 's' && i + 2 < block.End && text[i + 1] == ' ' && char.IsLower(text[i + 2]);
        if (!possessive)
        {
            return true;
        }

        for (var j = i + 1; j < Math.Min(block.End, i + PossessiveLookahead); j++)
        {
            if (text[j] is '’' or '\'' && !char.IsWhiteSpace(text[j - 1]) && IsSingleClosing(text, j, block))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A closing mark with no opening mark starts its quote at the block start only if that many words precede it.</summary>
    private const int MinimumWordsForMissingOpen = 3;

    /// <summary>How far a possible plural possessive looks for a later closing mark: a long quoted sentence, and a bound on the work.</summary>
    private const int PossessiveLookahead = 400;

    public static List<QuotedSpan> Scan(ArticleDocument document, IReadOnlyList<int> blockIndexes)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(blockIndexes);
        var text = document.Text;
        var quotes = new List<QuotedSpan>();
        var singlesArePrimary = UsesSingleMarksOnly(text, blockIndexes.Select(b => document.Blocks[b].Span));
        foreach (var blockIndex in blockIndexes)
        {
            if (singlesArePrimary)
            {
                ScanSingleMarks(text, document.Blocks[blockIndex].Span, blockIndex, quotes);
            }
            else
            {
                ScanBlock(text, document.Blocks[blockIndex].Span, blockIndex, quotes);
            }
        }

        return quotes;
    }

    private static bool UsesSingleMarksOnly(string text, IEnumerable<TextSpan> blocks)
    {
        var singleOpenings = 0;
        foreach (var block in blocks)
        {
            var content = text.AsSpan(block.Start, block.Length);
            if (content.IndexOfAny(DoubleMarks) >= 0)
            {
                return false;
            }

            for (var i = content.IndexOfAny('‘', '\''); i >= 0 && i < content.Length; i = NextSingle(content, i + 1))
            {
                singleOpenings += IsSingleOpening(text, block.Start + i, block) ? 1 : 0;
            }
        }

        return singleOpenings > 0;
    }

    private static int NextSingle(ReadOnlySpan<char> content, int from)
    {
        var next = content[from..].IndexOfAny('‘', '\'');
        return next < 0 ? -1 : from + next;
    }

    /// <summary>Pairs single marks as quote marks; a mark between letters ("Russia's", "don’t") is an apostrophe.</summary>
    private static void ScanSingleMarks(string text, TextSpan block, int blockIndex, List<QuotedSpan> quotes)
    {
        int? open = null;
        var none = new List<QuotedSpan>();
        for (var i = block.Start; i < block.End; i++)
        {
            if (text[i] is not ('‘' or '’' or '\''))
            {
                continue;
            }

            if (open is null && IsSingleOpening(text, i, block))
            {
                open = i;
            }
            else if (open is { } start && IsSingleQuoteClosing(text, i, start, block))
            {
                Emit(quotes, none, text, new TextSpan(start + 1, i), blockIndex, start, i);
                open = null;
            }
        }

        if (open is { } unclosed)
        {
            Emit(quotes, none, text, new TextSpan(unclosed + 1, block.End), blockIndex, unclosed, null);
        }
    }

    private static void ScanBlock(string text, TextSpan block, int blockIndex, List<QuotedSpan> quotes)
    {
        int? open = null;
        int? singleOpen = null;
        var nested = new List<QuotedSpan>();
        var lastEnd = block.Start;
        for (var i = block.Start; i < block.End; i++)
        {
            var c = text[i];
            if (c is '“' or '„' or '«' or '"' or '”' or '»')
            {
                var opens = c switch
                {
                    '“' or '„' or '«' => true,
                    '”' or '»' => false,
                    _ => IsStraightOpening(text, i, block, open is not null),
                };
                if (opens)
                {
                    if (open is { } previous)
                    {
                        // Two openings in a row: the first quote lost its closing mark; end it before the second.
                        Emit(quotes, nested, text, new TextSpan(previous + 1, i), blockIndex, previous, null);
                    }

                    open = i;
                    singleOpen = null;
                }
                else if (open is { } start)
                {
                    Emit(quotes, nested, text, new TextSpan(start + 1, i), blockIndex, start, i);
                    open = null;
                    singleOpen = null;
                    lastEnd = i + 1;
                }
                else if (HasWordsBefore(text, lastEnd, i, MinimumWordsForMissingOpen))
                {
                    var quoteStart = lastEnd == block.Start ? block.Start : SkipAttribution(text, lastEnd, i);
                    Emit(quotes, nested, text, new TextSpan(quoteStart, i), blockIndex, null, i);
                    lastEnd = i + 1;
                }
            }
            else if (open is not null && c is '‘' or '’' or '\'')
            {
                if (singleOpen is null && IsSingleOpening(text, i, block))
                {
                    singleOpen = i;
                }
                else if (singleOpen is { } singleStart && IsSingleClosing(text, i, block))
                {
                    nested.Add(new QuotedSpan(Trim(text, new TextSpan(singleStart + 1, i)), blockIndex, singleStart, i));
                    singleOpen = null;
                }
            }
        }

        if (open is { } unclosed)
        {
            // Unclosed at the end of its block: the wire convention of a quote continuing in the next paragraph.
            Emit(quotes, nested, text, new TextSpan(unclosed + 1, block.End), blockIndex, unclosed, null);
        }
    }

    private static void Emit(List<QuotedSpan> quotes, List<QuotedSpan> nested, string text, TextSpan span, int blockIndex, int? openMark, int? closeMark)
    {
        var trimmed = Trim(text, span);
        if (trimmed.IsEmpty || CountWords(text, trimmed.Start, trimmed.End) == 0)
        {
            nested.Clear();
            return;
        }

        var parent = quotes.Count;
        quotes.Add(new QuotedSpan(trimmed, blockIndex, openMark, closeMark));
        foreach (var inner in nested.Where(n => trimmed.Contains(n.Span) && !n.Span.IsEmpty))
        {
            quotes.Add(inner with { Parent = parent });
        }

        nested.Clear();
    }

    /// <summary>A straight mark opens after a space or an opening bracket and before a word; it closes after a word or punctuation.</summary>
    private static bool IsStraightOpening(string text, int i, TextSpan block, bool quoteIsOpen)
    {
        var before = i > block.Start ? text[i - 1] : ' ';
        var after = i + 1 < block.End ? text[i + 1] : ' ';
        var spaceBefore = char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or ':';
        var spaceAfter = char.IsWhiteSpace(after) || char.IsPunctuation(after);
        if (spaceBefore && !spaceAfter)
        {
            return true;
        }

        if (!spaceBefore && spaceAfter)
        {
            return false;
        }

        return !quoteIsOpen;
    }

    private static bool IsSingleOpening(string text, int i, TextSpan block) =>
        text[i] != '’' && (i == block.Start || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < block.End && char.IsLetter(text[i + 1]);

    /// <summary>A closing single mark is not an apostrophe: no letter follows it ("don’t" has one).</summary>
    private static bool IsSingleClosing(string text, int i, TextSpan block) =>
        text[i] != '‘' && (i + 1 >= block.End || !char.IsLetter(text[i + 1]));

    /// <summary>After an earlier quote in the block, a quote missing its opening mark starts after that quote's attribution sentence.</summary>
    private static int SkipAttribution(string text, int from, int to)
    {
        for (var i = from; i < to - 1; i++)
        {
            if (text[i] is '.' or '?' or '!' && char.IsWhiteSpace(text[i + 1]))
            {
                return i + 1;
            }
        }

        return from;
    }

    /// <summary>Whether at least <paramref name="count"/> words lie between two offsets, reading back from the end so the cost stays small.</summary>
    private static bool HasWordsBefore(string text, int from, int to, int count)
    {
        var words = 0;
        var inWord = false;
        for (var i = to - 1; i >= from && words < count; i--)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words >= count;
    }

    private static int CountWords(string text, int from, int to)
    {
        var words = 0;
        var inWord = false;
        for (var i = from; i < to; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
