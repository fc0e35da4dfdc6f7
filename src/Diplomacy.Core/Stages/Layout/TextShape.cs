namespace Diplomacy.Core.Stages.Layout;

/// <summary>Cheap tests of a short text's shape: how it ends, how many words and sentences it has, whether it has a verb.</summary>
internal static class TextShape
{
    public const string WordPunctuation = ",;:.!?\"'()[]\u201C\u201D\u2018\u2019\u2014\u2013";

    public static bool IsClosingMark(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB';

    public static bool IsQuoteMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u2018';

    /// <summary>The last character that is not a space or a closing quote or bracket.</summary>
    public static char LastSignificant(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || IsClosingMark(text[end - 1])))
        {
            end--;
        }

        return end > 0 ? text[end - 1] : '\0';
    }

    public static bool EndsSentence(ReadOnlySpan<char> text) => LastSignificant(text) is '.' or '!' or '?' or '\u2026';

    public static bool HasQuoteMarks(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsQuoteMark(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                words++;
            }

            inWord = !isSpace;
        }

        return words;
    }

    /// <summary>
    /// No sentence ends before the last one: no ". X" after a lower-case word of three letters or more
    /// (so "U.S. Secretary" and "Dr. Smith" do not count as a break).
    /// </summary>
    public static bool IsSingleSentence(ReadOnlySpan<char> text)
    {
        for (var i = 3; i < text.Length - 2; i++)
        {
            if (text[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            var after = i + 1;
            while (after < text.Length && IsClosingMark(text[after]))
            {
                after++;
            }

            if (after + 1 >= text.Length || text[after] != ' ')
            {
                continue;
            }

            var next = text[after + 1];
            if ((char.IsUpper(next) || IsQuoteMark(next)) && char.IsLower(text[i - 1]) && char.IsLower(text[i - 2]) && char.IsLetter(text[i - 3]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "SECRETARY KERRY:", "QUESTION:", "Q:", "MR. TONER:", "FOREIGN MINISTER LAVROV (via interpreter):" — a transcript's
    /// speaker label in capitals, with at most one aside in brackets.
    /// </summary>
    public static bool StartsWithSpeakerLabel(ReadOnlySpan<char> text)
    {
        var letters = 0;
        var inAside = false;
        var asides = 0;
        for (var i = 0; i < text.Length && i < 60; i++)
        {
            var c = text[i];
            if (inAside)
            {
                inAside = c != ')';
            }
            else if (c == ':')
            {
                return letters >= 1;
            }
            else if (c == '(' && letters > 0 && asides++ == 0)
            {
                inAside = true;
            }
            else if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c is not (' ' or '.' or '\'' or '-' or '\u2019'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True where no word looks like a finite verb: none from the lexicon's list, no past tense in "-ed" (a last
    /// word in "-ed" is read as a participle: "Map of the region with the front line highlighted."), and no "-s" verb right
    /// after a capitalised subject ("Kerry meets…"). Captions are written so; news sentences almost never are.
    /// </summary>
    public static bool IsVerbless(ReadOnlySpan<char> text, LayoutLexicon lexicon)
    {
        ReadOnlySpan<char> previous = default;
        ReadOnlySpan<char> current = default;
        foreach (var next in new WordSpanEnumerator(text))
        {
            if (!current.IsEmpty && LooksFinite(current, previous, isLast: false, lexicon))
            {
                return false;
            }

            previous = current;
            current = next;
        }

        return current.IsEmpty || !LooksFinite(current, previous, isLast: true, lexicon);
    }

    private static bool LooksFinite(ReadOnlySpan<char> word, ReadOnlySpan<char> previous, bool isLast, LayoutLexicon lexicon)
    {
        if (!char.IsLower(word[0]))
        {
            return false;
        }

        if (lexicon.IsFiniteVerb(word) || (!isLast && word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal)))
        {
            return true;
        }

        return !previous.IsEmpty && char.IsUpper(previous[0]) && word.Length > 3 && word[^1] == 's'
            && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal);
    }
}
