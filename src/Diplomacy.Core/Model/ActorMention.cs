using Diplomacy.Core.Text;

namespace Diplomacy.Core.Model;

/// <param name="ActorName">The canonical name the mention resolves to.</param>
/// <param name="Surface">The text as written, e.g. "Mr. Burnn".</param>
public sealed record ActorMention(TextSpan Span, string ActorName, string Surface, MentionKind Kind);
