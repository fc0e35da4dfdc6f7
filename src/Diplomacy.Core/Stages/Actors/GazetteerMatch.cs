using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;

namespace Diplomacy.Core.Stages.Actors;

/// <summary>A name found at a token position: the actor (or office) it names and how many tokens it covers.</summary>
public sealed record GazetteerMatch(ActorEntry? Actor, OfficeEntry? Office, MentionKind Kind, int TokenCount);
