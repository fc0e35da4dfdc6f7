using System.Globalization;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Coding;

/// <summary>
/// Splits text into lower-cased words for phrase matching. Letters and digits form words; an apostrophe
/// starts a clitic word ("Assad's" → "assad", "'s"), so lexicon phrases and sentences split the same way.
/// </summary>
internal static class WordTokenizer
{
    /// <summary>Characters per word in English news prose, to size a sentence's token list once.</summary>
    private const int AverageWordLength = 6;

    public static List<WordToken> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    public static List<WordToken> Tokenize(string text, TextSpan span) => Tokenize(text, span, null);

    /// <param name="words">The lexicons' words: a known word takes the table's string, an unknown one <see cref="WordTable.Unknown"/>; null lower-cases every word.</param>
    public static List<WordToken> Tokenize(string text, TextSpan span, WordTable? words)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = Math.Min(span.End, text.Length);
        var tokens = new List<WordToken>(Math.Max(4, (end - span.Start) / AverageWordLength));
        var wordStart = -1;
        var pendingBreak = '\0';
        for (var i = span.Start; i < end; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                }

                continue;
            }

            var isApostrophe = c is '\'' or '’' or 'ʼ';
            var startsClitic = isApostrophe && wordStart >= 0 && i + 1 < end && char.IsLetter(text[i + 1]);
            if (wordStart >= 0)
            {
                tokens.Add(Word(text, wordStart, i, pendingBreak, words));
                wordStart = -1;
                pendingBreak = '\0';
            }

            if (startsClitic)
            {
                wordStart = i;
            }
            else if (IsClauseBreak(c) && pendingBreak is '\0' or ',')
            {
                pendingBreak = c;
            }
        }

        if (wordStart >= 0)
        {
            tokens.Add(Word(text, wordStart, end, pendingBreak, words));
        }

        return tokens;
    }

    /// <summary>A word lower-cased; a clitic's curly apostrophe becomes a straight one, as in the lexicons.</summary>
    private static WordToken Word(string text, int start, int end, char breakBefore, WordTable? words)
    {
        if (words is not null)
        {
            return new WordToken(words.Canonical(text.AsSpan(start, end - start)), start, end, breakBefore);
        }

        var word = string.Create(end - start, (text, start), static (chars, state) =>
        {
            var source = state.text.AsSpan(state.start, chars.Length);
            for (var i = 0; i < chars.Length; i++)
            {
                var c = source[i];
                chars[i] = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\'';
            }
        });
        return new WordToken(word, start, end, breakBefore);
    }

    /// <summary>The words of a lexicon phrase, as a sentence containing it would be split; a "*" stays a word of its own.</summary>
    public static string[] Words(string phrase) =>
        [.. phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(piece => piece == "*" ? ["*"] : Tokenize(piece).Select(t => t.Text))];

    private static bool IsClauseBreak(char c) => c is ',' or ';' or ':' or '(' or ')' or '?' or '!'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation && c != '-';
}
