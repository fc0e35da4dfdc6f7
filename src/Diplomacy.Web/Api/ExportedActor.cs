namespace Diplomacy.Web.Api;

/// <param name="Mentions">The first places the articles name the actor (at most <see cref="StoreApi.MentionsPerActor"/>).</param>
public sealed record ExportedActor(
    int Id,
    string Name,
    string Type,
    string? Country,
    bool IsKnown,
    bool IsAnalyst,
    int Articles,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ExportedRole> Roles,
    IReadOnlyList<ExportedSource> Mentions,
    string Permalink);
