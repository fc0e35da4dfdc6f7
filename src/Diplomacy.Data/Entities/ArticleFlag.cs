namespace Diplomacy.Data.Entities;

/// <summary>Something in the article that contradicts the knowledge files (a wrong year, a wrong resolution number).</summary>
public sealed class ArticleFlag
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public required string Message { get; set; }

    public int Start { get; set; }

    public int End { get; set; }
}
