using System.Security.Cryptography;
using System.Text;
using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Data.Import;

/// <summary>The keys under which reports from different articles are recognised as the same quote or event.</summary>
internal static class MergeKeys
{
    private const char Separator = '\u001F';

    /// <summary>The quote's words (case, punctuation and spacing ignored) and its speaker.</summary>
    public static string Quote(string text, string? speaker) => Hash(Normalise(text, dropNumbers: false) + Separator + speaker);

    public static string Participants(IEnumerable<string> names) =>
        Hash(string.Join(Separator, names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)));

    /// <summary>
    /// The evidence's words with every date taken out (the document's temporal expressions, and any word with a
    /// digit), so a recycled sentence keeps its key when the copy prints another year.
    /// </summary>
    public static string Evidence(ArticleDocument document, TextSpan evidence)
    {
        var text = document[evidence].ToCharArray();
        foreach (var temporal in document.TemporalExpressions)
        {
            if (!temporal.Span.Overlaps(evidence))
            {
                continue;
            }

            var from = Math.Max(temporal.Span.Start, evidence.Start) - evidence.Start;
            var to = Math.Min(temporal.Span.End, evidence.End) - evidence.Start;
            Array.Fill(text, ' ', from, to - from);
        }

        return Hash(Normalise(text, dropNumbers: true));
    }

    /// <summary>Lower-case words separated by single spaces; punctuation dropped.</summary>
    public static string Normalise(ReadOnlySpan<char> text, bool dropNumbers)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var hasDigit = false;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                hasDigit |= char.IsDigit(text[i]);
                i++;
            }

            if (dropNumbers && hasDigit)
            {
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(' ');
            }

            foreach (var c in text[start..i])
            {
                result.Append(char.ToLowerInvariant(c));
            }
        }

        return result.ToString();
    }

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
