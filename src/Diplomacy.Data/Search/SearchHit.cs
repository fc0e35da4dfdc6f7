namespace Diplomacy.Data.Search;

/// <summary>A full-text match: the row's id and its relevance (higher is better; comparable only within one search).</summary>
public sealed class SearchHit
{
    public int Id { get; init; }

    public double Score { get; init; }
}
