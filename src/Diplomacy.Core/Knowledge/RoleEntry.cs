namespace Diplomacy.Core.Knowledge;

/// <summary>A role an actor held, bounded by dates (open ends are null).</summary>
/// <param name="Title">The office's name where it is one of <see cref="KnowledgeBase.Offices"/>, else a free title.</param>
public sealed record RoleEntry(string Title, DateOnly? From = null, DateOnly? To = null)
{
    public bool IsHeldOn(DateOnly date) => (From is null || From <= date) && (To is null || date < To);
}
