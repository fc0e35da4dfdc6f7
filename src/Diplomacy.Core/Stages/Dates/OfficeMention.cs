using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>A person named with an office they held only for a while ("Secretary of State John Kerry").</summary>
internal sealed record OfficeMention(TextSpan Span, ActorEntry Actor, RoleEntry Role);
