namespace Diplomacy.Core.Text;

/// <summary>
/// Splits text into words and single punctuation marks in one pass. "U.S." is four tokens and
/// "al-Assad" three, so names and their written variants compare token by token.
/// </summary>
public static class WordTokenizer
{
    public static List<Token> Tokenize(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(Math.Max(4, span.Length / 5));
        var i = span.Start;
        while (i < span.End)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < span.End && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
                {
                    i++;
                }

                tokens.Add(new Token(start, i, IsWord: true));
            }
            else
            {
                tokens.Add(new Token(i, i + 1, IsWord: false));
                i++;
            }
        }

        return tokens;
    }

    public static List<Token> Tokenize(string text) => Tokenize(text, new TextSpan(0, text?.Length ?? 0));

    /// <summary>The tokens of a phrase as strings, for building dictionaries.</summary>
    public static string[] Words(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return [.. Tokenize(phrase).Select(t => phrase[t.Start..t.End])];
    }
}
