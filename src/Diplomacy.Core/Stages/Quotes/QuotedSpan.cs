using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Quotes;

/// <summary>Words between quote marks, before attribution.</summary>
/// <param name="Span">The words, marks excluded.</param>
/// <param name="OpenMark">Where the opening mark is; null where the text omits it.</param>
/// <param name="CloseMark">Where the closing mark is; null where the quote runs to the end of its block.</param>
/// <param name="Parent">For a quote nested inside another, the index of the outer one in the scanner's result.</param>
public sealed record QuotedSpan(TextSpan Span, int BlockIndex, int? OpenMark, int? CloseMark, int? Parent = null);
