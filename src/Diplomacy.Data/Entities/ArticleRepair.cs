namespace Diplomacy.Data.Entities;

/// <summary>One change the repair stage made to read the article (mojibake, stray control characters).</summary>
public sealed class ArticleRepair
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public required string Kind { get; set; }

    public required string Original { get; set; }

    public required string Replacement { get; set; }

    public int Start { get; set; }

    public int End { get; set; }
}
