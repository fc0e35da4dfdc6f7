namespace Diplomacy.Core.Stages.Dates;

/// <summary>
/// Case-insensitive word equality with a cheap hash, probed by slices of the text without allocating. The lexicons'
/// keys are fixed, so the randomised hashing of the framework comparer buys nothing here and costs most of a lookup.
/// </summary>
internal sealed class WordComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static WordComparer Instance { get; } = new();

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.OrdinalIgnoreCase);

    public int GetHashCode(string obj) => Hash(obj);

    public bool Equals(ReadOnlySpan<char> alternate, string other) => alternate.Equals(other, StringComparison.OrdinalIgnoreCase);

    public int GetHashCode(ReadOnlySpan<char> alternate) => Hash(alternate);

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();

    /// <summary>FNV-1a over the characters folded as ordinal-ignore-case folds them (ASCII letters by one bit).</summary>
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            var folded = c < 128 ? (char.IsAsciiLetterLower(c) ? (uint)(c - 32) : c) : char.ToUpperInvariant(c);
            hash = (hash ^ folded) * 16777619u;
        }

        return (int)hash;
    }
}
