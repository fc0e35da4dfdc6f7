using System.Buffers;
using System.Collections.Frozen;
using Diplomacy.Core.Model;
using Diplomacy.Core.Pipeline;
using Diplomacy.Core.Stages.Quotes;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Sentences;

/// <summary>
/// Stage 3. Reads <see cref="ArticleDocument.Blocks"/> and the inline <see cref="ArticleDocument.Datelines"/>;
/// writes <see cref="ArticleDocument.Sentences"/>.
/// Paragraphs are split at sentence ends; the title, decks and headings are one sentence each; datelines
/// and boilerplate get none. A period ends a sentence only before a word that can open one, and not after
/// a title ("Mr."), an initial ("J."), or a dotted abbreviation ("U.S.") unless a typical opening word follows.
/// A sentence that ends inside a closing quote keeps the mark, and a short attribution after it
/// ("…here.” – Secretary Kerry", "…here,” he said.", "…here.” Kerry told Putin.") stays in the same sentence.
/// A dateline lead ("Baku-APA.") stays in the first sentence of its paragraph.
/// </summary>
public sealed class SentenceSegmenter : IPipelineStage
{
    /// <summary>An attribution after a quote is a few words: a speaker, a verb, maybe "to reporters" or "in a statement".</summary>
    private const int MaxAttributionWords = 12;
    private const int MaxWordsAfterAttributionVerb = 3;
    private const int AttributionReach = 100;

    private static readonly SearchValues<char> Terminals = SearchValues.Create(".!?\u2026");

    private readonly FrozenSet<string> _titles;
    private readonly FrozenSet<string> _beforeNumbers;
    private readonly FrozenSet<string> _neverFinal;
    private readonly FrozenSet<string> _maybeFinal;
    private readonly FrozenSet<string> _sentenceStarters;
    private readonly FrozenSet<string> _attributionVerbs;

    public SentenceSegmenter()
        : this(AbbreviationLexicon.LoadDefault(), SpeechLexicon.LoadDefault().Verbs)
    {
    }

    /// <param name="attributionVerbs">Verbs of saying; phrases of several words are ignored.</param>
    public SentenceSegmenter(AbbreviationLexicon abbreviations, IEnumerable<string> attributionVerbs)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        ArgumentNullException.ThrowIfNull(attributionVerbs);
        _titles = abbreviations.Titles.ToFrozenSet(StringComparer.Ordinal);
        _beforeNumbers = abbreviations.BeforeNumbers.ToFrozenSet(StringComparer.Ordinal);
        _neverFinal = abbreviations.NeverFinal.ToFrozenSet(StringComparer.Ordinal);
        _maybeFinal = abbreviations.MaybeFinal.ToFrozenSet(StringComparer.Ordinal);
        _sentenceStarters = abbreviations.SentenceStarters.ToFrozenSet(StringComparer.Ordinal);
        _attributionVerbs = attributionVerbs.Where(v => !v.Contains(' ', StringComparison.Ordinal)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public void Process(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var leadEnds = document.Datelines.Where(d => d.IsInline).ToDictionary(d => d.BlockIndex, d => d.Span.End);
        for (var blockIndex = 0; blockIndex < document.Blocks.Count; blockIndex++)
        {
            var block = document.Blocks[blockIndex];
            switch (block.Kind)
            {
                case BlockKind.Title or BlockKind.Deck or BlockKind.Heading:
                    Add(document, Trim(text, block.Span), blockIndex);
                    break;
                case BlockKind.Paragraph:
                    foreach (var span in Split(text, block.Span, leadEnds.GetValueOrDefault(blockIndex, block.Span.Start)))
                    {
                        Add(document, span, blockIndex);
                    }

                    break;
            }
        }
    }

    /// <summary>The sentences of one stretch of prose, trimmed, in order.</summary>
    /// <param name="unbreakableUntil">No sentence ends before this offset: the end of a dateline lead ("Baku-APA.") that opens the first sentence.</param>
    public List<TextSpan> Split(string text, TextSpan block, int unbreakableUntil)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextSpan>();
        var end = block.End;
        var start = SkipSpaces(text, block.Start, end);
        var position = start;
        while (position < end)
        {
            var found = text.AsSpan(position, end - position).IndexOfAny(Terminals);
            if (found < 0)
            {
                break;
            }

            var terminal = position + found;
            var afterTerminals = terminal;
            while (afterTerminals < end && Terminals.Contains(text[afterTerminals]))
            {
                afterTerminals++;
            }

            var afterMarks = afterTerminals;
            var closesQuote = false;
            while (afterMarks < end && IsClosingMark(text[afterMarks]))
            {
                closesQuote |= IsQuoteMark(text[afterMarks]);
                afterMarks++;
            }

            position = afterMarks;
            if (afterMarks >= end || afterMarks <= unbreakableUntil || !char.IsWhiteSpace(text[afterMarks]))
            {
                continue;
            }

            var next = SkipSpaces(text, afterMarks, end);
            if (next < end && EndsSentence(text, terminal, afterTerminals, next, end, closesQuote))
            {
                sentences.Add(Trim(text, new TextSpan(start, afterMarks)));
                start = next;
                position = next;
            }
        }

        var last = Trim(text, new TextSpan(start, end));
        if (!last.IsEmpty)
        {
            sentences.Add(last);
        }

        return sentences;
    }

    private bool EndsSentence(string text, int terminal, int afterTerminals, int next, int end, bool closesQuote)
    {
        if (!OpensSentence(text, next, end))
        {
            return false;
        }

        if (text[terminal] == '.' && afterTerminals - terminal == 1)
        {
            var word = WordBefore(text, terminal);
            if (word.Length > 0 && !IsPlainWordEnd(word, text, next, end))
            {
                return false;
            }
        }

        return !(closesQuote && IsAttributionAhead(text, next, end));
    }

    /// <summary>False where the period belongs to an abbreviation or an initial rather than ending the sentence.</summary>
    private bool IsPlainWordEnd(string word, string text, int next, int end)
    {
        if (_titles.Contains(word) || _neverFinal.Contains(word))
        {
            return false;
        }

        if (_beforeNumbers.Contains(word) && char.IsDigit(text[next]))
        {
            return false;
        }

        var isAbbreviation = _maybeFinal.Contains(word) || _beforeNumbers.Contains(word)
            || (word.Length == 1 && char.IsUpper(word[0]))
            || word.Contains('.', StringComparison.Ordinal);
        return !isAbbreviation || _sentenceStarters.Contains(WordAt(text, next, end));
    }

    /// <summary>"Kerry told Putin.", "Russian Foreign Ministry spokesman Alexander Lukashevich said in a statement."</summary>
    private bool IsAttributionAhead(string text, int start, int end)
    {
        var reach = Math.Min(end, start + AttributionReach);
        var words = new List<string>();
        var position = start;
        while (position < reach)
        {
            var wordStart = position;
            while (position < reach && !char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            var raw = text.AsSpan(wordStart, position - wordStart);
            if (raw.ContainsAny('"', '\u201C', '\u201D'))
            {
                return false;
            }

            var word = raw.TrimEnd(".,;:!?").ToString();
            words.Add(word);
            var verbAt = words.FindLastIndex(w => _attributionVerbs.Contains(w));
            var endsHere = raw.Length > 0 && Terminals.Contains(raw[^1]) && !_titles.Contains(word) && !(word.Length == 1 && char.IsUpper(word[0]));
            if (endsHere)
            {
                return verbAt >= 0 && words.Count - 1 - verbAt <= MaxWordsAfterAttributionVerb;
            }

            if (words.Count >= MaxAttributionWords)
            {
                return false;
            }

            position = SkipSpaces(text, position, reach);
        }

        return false;
    }

    private static bool OpensSentence(string text, int position, int end)
    {
        var c = text[position];
        if (char.IsUpper(c) || char.IsDigit(c))
        {
            return true;
        }

        return IsOpeningMark(c) && position + 1 < end && (char.IsUpper(text[position + 1]) || char.IsDigit(text[position + 1]) || IsOpeningMark(text[position + 1]));
    }

    /// <summary>The letters and inner periods right before a period: "U.S" for "U.S.", "Mr" for "Mr.".</summary>
    private static string WordBefore(string text, int period)
    {
        var start = period;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '.' && start - 1 > 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        return text[start..period];
    }

    private static string WordAt(string text, int position, int end)
    {
        while (position < end && IsOpeningMark(text[position]))
        {
            position++;
        }

        var wordEnd = position;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return text[position..wordEnd];
    }

    private static void Add(ArticleDocument document, TextSpan span, int blockIndex)
    {
        if (!span.IsEmpty)
        {
            document.Sentences.Add(new Sentence(document.Sentences.Count, span, blockIndex));
        }
    }

    private static int SkipSpaces(string text, int position, int end)
    {
        while (position < end && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var start = SkipSpaces(text, span.Start, span.End);
        var end = span.End;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private static bool IsQuoteMark(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB';

    private static bool IsClosingMark(char c) => IsQuoteMark(c) || c is ')' or ']';

    private static bool IsOpeningMark(char c) => c is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '\u00AB';
}
