using Diplomacy.Core.Model;

namespace Diplomacy.Core.Knowledge;

/// <summary>A dated real-world happening (summit, vote, meeting) that texts allude to without dating it.</summary>
/// <param name="Cues">Groups of phrases; a sentence alludes to the happening when it holds a phrase of every group.</param>
public sealed record HappeningEntry(
    string Id,
    string Name,
    EventType Type,
    DateOnly Date,
    DateOnly? End,
    string? Location,
    IReadOnlyList<string> Participants,
    IReadOnlyList<IReadOnlyList<string>> Cues);
