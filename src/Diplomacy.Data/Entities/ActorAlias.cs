namespace Diplomacy.Data.Entities;

/// <summary>A written form of an actor's name ("Sergei Lavrov", "Mr. Lavrov"), from the knowledge files or an article.</summary>
public sealed class ActorAlias
{
    public int Id { get; set; }

    public int ActorId { get; set; }

    public Actor? Actor { get; set; }

    public required string Alias { get; set; }
}
