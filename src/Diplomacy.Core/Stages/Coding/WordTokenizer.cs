using System.Globalization;
using System.Text;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Coding;

/// <summary>
/// Splits text into lower-cased words for phrase matching. Letters and digits form words; an apostrophe
/// starts a clitic word ("Assad's" → "assad", "'s"), so lexicon phrases and sentences split the same way.
/// </summary>
internal static class WordTokenizer
{
    public static List<WordToken> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    public static List<WordToken> Tokenize(string text, TextSpan span)
    {
        var tokens = new List<WordToken>();
        var word = new StringBuilder();
        var wordStart = -1;
        var pendingBreak = '\0';
        var end = Math.Min(span.End, text.Length);
        for (var i = span.Start; i < end; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                }

                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            var isApostrophe = c is '\'' or '’' or 'ʼ';
            var startsClitic = isApostrophe && wordStart >= 0 && i + 1 < end && char.IsLetter(text[i + 1]);
            if (wordStart >= 0)
            {
                tokens.Add(new WordToken(word.ToString(), wordStart, i, pendingBreak));
                word.Clear();
                wordStart = -1;
                pendingBreak = '\0';
            }

            if (startsClitic)
            {
                wordStart = i;
                word.Append('\'');
            }
            else if (IsClauseBreak(c) && pendingBreak is '\0' or ',')
            {
                pendingBreak = c;
            }
        }

        if (wordStart >= 0)
        {
            tokens.Add(new WordToken(word.ToString(), wordStart, end, pendingBreak));
        }

        return tokens;
    }

    /// <summary>The words of a lexicon phrase, as a sentence containing it would be split; a "*" stays a word of its own.</summary>
    public static string[] Words(string phrase) =>
        [.. phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(piece => piece == "*" ? ["*"] : Tokenize(piece).Select(t => t.Text))];

    private static bool IsClauseBreak(char c) => c is ',' or ';' or ':' or '(' or ')' or '?' or '!'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation && c != '-';
}
