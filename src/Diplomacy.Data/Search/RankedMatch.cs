namespace Diplomacy.Data.Search;

/// <summary>A search result. A class with init properties (not a positional record) so LINQ can still order and filter on it.</summary>
public sealed class RankedMatch<T>
{
    public required T Item { get; init; }

    /// <summary>Relevance, higher is better; comparable only within one search.</summary>
    public double Score { get; init; }
}
