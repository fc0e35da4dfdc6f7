namespace Diplomacy.Core.Stages.Positions;

/// <summary>A stance on a topic, its polarity on the topic's axis, and the phrases that express it.</summary>
/// <param name="VoicedBySpeaker">A charge against someone ("no proof", "without a mandate"): the speaker's view, never the named actor's.</param>
internal sealed record StanceEntry(string Stance, int Polarity, IReadOnlyList<string> Phrases, bool VoicedBySpeaker = false);
