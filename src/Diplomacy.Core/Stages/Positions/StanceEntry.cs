namespace Diplomacy.Core.Stages.Positions;

/// <summary>A stance on a topic, its polarity on the topic's axis, and the phrases that express it.</summary>
internal sealed record StanceEntry(string Stance, int Polarity, IReadOnlyList<string> Phrases);
