using Diplomacy.Core.Model;

namespace Diplomacy.Web.Pages.Actors;

/// <param name="Articles">How many articles name the actor.</param>
public sealed record ActorSummary(int Id, string Name, ActorType Type, string? Country, bool IsKnown, bool IsAnalyst, int Articles);
