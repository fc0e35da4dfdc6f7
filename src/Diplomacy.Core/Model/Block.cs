using Diplomacy.Core.Text;

namespace Diplomacy.Core.Model;

/// <summary>A logical block of the article (a paragraph rebuilt from hard-wrapped lines, a heading, a dateline…).</summary>
/// <param name="Reason">Why the layout stage classified the block so (always set for boilerplate).</param>
public sealed record Block(BlockKind Kind, TextSpan Span, string? Reason = null);
