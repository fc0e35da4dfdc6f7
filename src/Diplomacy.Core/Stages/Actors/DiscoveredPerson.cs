using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Actors;

/// <summary>A person the text introduces with a role ("Matthew Rojansky, deputy director of …").</summary>
public sealed record DiscoveredPerson(string Name, string? Role, TextSpan NameSpan, TextSpan? RoleSpan);
