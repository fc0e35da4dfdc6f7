using System.Text.RegularExpressions;

namespace Diplomacy.Core.Text;

/// <summary>
/// The one place a pattern built at run time (from a data file's word list) becomes a Regex: always
/// non-backtracking, so matching time is linear in the input whatever the pattern, and with a timeout besides.
/// </summary>
public static class SafeRegex
{
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(1);

    public static Regex Create(string pattern, RegexOptions options = RegexOptions.None) =>
        new(pattern, options | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, Timeout);
}
