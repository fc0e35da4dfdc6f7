namespace Diplomacy.Core.Stages.Dates;

/// <summary>A case-insensitive set of single words that can be probed with a slice of the text, without allocating.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words) =>
        _lookup = new HashSet<string>(words, WordComparer.Instance).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public bool Contains(string text, RunToken token) => _lookup.Contains(text.AsSpan(token.Start, token.Length));
}
