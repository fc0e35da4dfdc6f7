using Diplomacy.Core.Model;

namespace Diplomacy.Core.Stages.Positions;

/// <summary>A topic of topics.json: its cue phrases, its stances and, where it has one, its axis.</summary>
/// <param name="Axis">The two poles ("Assad must go", "Assad may stay"), or null for a topic without an axis.</param>
internal sealed record TopicEntry(
    Topic Topic,
    IReadOnlyList<string>? Axis,
    IReadOnlyList<string> Strong,
    IReadOnlyList<string> Weak,
    IReadOnlyList<StanceEntry> Stances)
{
    public bool HasAxis => Axis is { Count: 2 };

    /// <summary>The pole's name for a polarity: the axis's first pole for +1, its second for −1.</summary>
    public string? PoleOf(int polarity) => HasAxis && polarity != 0 ? Axis![polarity > 0 ? 0 : 1] : null;
}
