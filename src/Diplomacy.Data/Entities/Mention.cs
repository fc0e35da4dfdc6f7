using Diplomacy.Core.Model;

namespace Diplomacy.Data.Entities;

/// <summary>One place an article names an actor; offsets are into <see cref="Article.RawText"/>.</summary>
public sealed class Mention
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public int ActorId { get; set; }

    public Actor? Actor { get; set; }

    public required string Surface { get; set; }

    public MentionKind Kind { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public int? SentenceStart { get; set; }

    public int? SentenceEnd { get; set; }
}
