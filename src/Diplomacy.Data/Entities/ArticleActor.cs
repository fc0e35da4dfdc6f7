namespace Diplomacy.Data.Entities;

/// <summary>An actor appearing in an article, with the role the article gives it.</summary>
public sealed class ArticleActor
{
    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public int ActorId { get; set; }

    public Actor? Actor { get; set; }

    public string? Role { get; set; }
}
