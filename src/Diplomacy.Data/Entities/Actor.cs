using Diplomacy.Core.Model;

namespace Diplomacy.Data.Entities;

/// <summary>One real actor across every article, whatever name each article used.</summary>
public sealed class Actor
{
    public int Id { get; set; }

    /// <summary>The canonical name (unique).</summary>
    public required string Name { get; set; }

    public ActorType Type { get; set; }

    public string? Country { get; set; }

    /// <summary>False for an actor the knowledge files do not know, found in an article's text.</summary>
    public bool IsKnown { get; set; }

    public bool IsAnalyst { get; set; }

    public ICollection<ActorAlias> Aliases { get; } = new List<ActorAlias>();

    public ICollection<ActorRole> Roles { get; } = new List<ActorRole>();
}
