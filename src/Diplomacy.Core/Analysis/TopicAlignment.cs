using Diplomacy.Core.Model;

namespace Diplomacy.Core.Analysis;

/// <summary>One cell of the positions matrix: a topic in a quarter, what each side held and how they relate.</summary>
/// <param name="UsPolarity">Mean polarity of the US positions that have one, or null.</param>
/// <param name="RussiaPolarity">Mean polarity of the Russian positions that have one, or null.</param>
public sealed record TopicAlignment(
    Topic Topic,
    Quarter Quarter,
    Alignment Alignment,
    int UsPositions,
    int RussiaPositions,
    int JointPositions,
    double? UsPolarity,
    double? RussiaPolarity);
