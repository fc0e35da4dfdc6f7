namespace Diplomacy.Data.Entities;

/// <summary>An office an actor held, bounded by dates (open ends are null), from the knowledge files.</summary>
public sealed class ActorRole
{
    public int Id { get; set; }

    public int ActorId { get; set; }

    public Actor? Actor { get; set; }

    public required string Title { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
}
