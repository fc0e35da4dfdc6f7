namespace Diplomacy.Core.Stages.Repair;

/// <summary>
/// One string per distinct text: a garbled article repeats the same few sequences ("â€™", "’") thousands of
/// times, and each repair record then shares them instead of holding a copy.
/// </summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string Get(ReadOnlySpan<char> text)
    {
        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var pooled))
        {
            pooled = text.ToString();
            _strings.Add(pooled, pooled);
        }

        return pooled;
    }
}
