using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>
/// Splits text into letter runs and digit runs. Letters and digits form separate tokens ("7th" → "7", "th";
/// "G-20" → "G", "20") so date patterns and cue phrases can be matched token by token in one linear pass.
/// </summary>
internal static class RunTokenizer
{
    public static List<RunToken> Tokenize(string text, TextSpan range)
    {
        var tokens = new List<RunToken>();
        var end = Math.Min(range.End, text.Length);
        var i = range.Start;
        while (i < end)
        {
            var start = i;
            if (char.IsLetter(text[i]))
            {
                while (i < end && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new RunToken(start, i, IsNumber: false));
            }
            else if (char.IsAsciiDigit(text[i]))
            {
                while (i < end && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                tokens.Add(new RunToken(start, i, IsNumber: true));
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }

    public static List<RunToken> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));
}
