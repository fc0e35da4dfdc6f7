using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>A numbered document cited in the text ("Resolution 2254"): where, and its number as written.</summary>
internal sealed record DocumentCitation(TextSpan Span, string Number);
