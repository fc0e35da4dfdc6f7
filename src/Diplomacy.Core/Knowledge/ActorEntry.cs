using Diplomacy.Core.Model;

namespace Diplomacy.Core.Knowledge;

/// <summary>A known actor: its canonical name and every way texts refer to it.</summary>
/// <param name="Aliases">Other full names and spellings ("Sergei Lavrov", "Hillary Rodham Clinton").</param>
/// <param name="Metonyms">Places or buildings standing for the actor ("Moscow", "the Kremlin").</param>
/// <param name="IsAnalyst">A commentator (think tank, academia) whose words are analysis, not policy.</param>
/// <param name="Gender">For a person, the gender "he" or "she" agrees with; the file marks it for every person.</param>
public sealed record ActorEntry(
    string Name,
    ActorType Type,
    string? Country,
    IReadOnlyList<string>? Aliases = null,
    IReadOnlyList<string>? Metonyms = null,
    IReadOnlyList<RoleEntry>? Roles = null,
    bool IsAnalyst = false,
    Gender Gender = Gender.Unknown)
{
    public IReadOnlyList<string> AllAliases => Aliases ?? [];

    public IReadOnlyList<string> AllMetonyms => Metonyms ?? [];

    public IReadOnlyList<RoleEntry> AllRoles => Roles ?? [];

    /// <summary>The role held on a date; the latest role where the date is unknown.</summary>
    public RoleEntry? RoleOn(DateOnly? date)
    {
        var roles = AllRoles;
        var latest = roles.Count > 0 ? roles[^1] : null;
        return date is { } d ? roles.FirstOrDefault(r => r.IsHeldOn(d)) ?? latest : latest;
    }
}
