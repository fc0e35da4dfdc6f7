using Diplomacy.Core.Text;

namespace Diplomacy.Core.Model;

/// <summary>A direct quotation.</summary>
/// <param name="Span">The words between the marks (the marks excluded).</param>
/// <param name="Text">The words with line breaks folded to spaces.</param>
/// <param name="Speaker">Canonical actor name, or null where the text does not say who spoke.</param>
/// <param name="Cue">The attribution phrase as written ("Kerry told Putin"), if any.</param>
/// <param name="ParentIndex">For a quote nested inside another, the outer quote's index.</param>
public sealed record Quote(
    TextSpan Span,
    string Text,
    string? Speaker,
    Attribution Attribution,
    string? Cue,
    TextSpan? CueSpan,
    int? ParentIndex = null);
