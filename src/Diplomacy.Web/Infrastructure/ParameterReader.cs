using System.Globalization;

namespace Diplomacy.Web.Infrastructure;

/// <summary>
/// Reads a filter's optional query parameters: a blank one is absent, and one that cannot be read is left out
/// and described in <see cref="Problems"/>, so a page shows what it could and says what it ignored.
/// </summary>
public sealed class ParameterReader
{
    /// <summary>The last page a paged list will serve: deeper offsets cost a scan and no reader pages that far.</summary>
    public const int MaxPage = 10_000;

    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Reads digits only, so "+1", "1e3" or "1,000" are not read as numbers.</summary>
    public static bool TryParseNumber(string text, out int number) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);

    /// <param name="raw">The parameter as given; null or blank means absent.</param>
    /// <param name="parse">Reads the text; it is never called with a blank one.</param>
    /// <param name="describeProblem">Says, from the text as given, why it was left out.</param>
    /// <returns>The value, or null when <paramref name="raw"/> is blank or cannot be read.</returns>
    public T? Optional<T>(string? raw, ParameterParser<T> parse, Func<string, string> describeProblem)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(describeProblem);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (parse(raw, out var value))
        {
            return value;
        }

        _problems.Add(describeProblem(raw));
        return null;
    }

    /// <summary>A 1-based page number from 1 to <see cref="MaxPage"/>; the first page when absent or unreadable.</summary>
    public int Page(string? raw) => Optional(
        raw,
        (string text, out int page) => TryParseNumber(text, out page) && page is >= 1 and <= MaxPage,
        text => $"“{text}” is not a page number.") ?? 1;

    /// <summary>Records a problem found outside <see cref="Optional"/>, such as text that had to be shortened.</summary>
    public void Report(string problem) => _problems.Add(problem);
}
