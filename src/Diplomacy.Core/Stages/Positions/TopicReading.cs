namespace Diplomacy.Core.Stages.Positions;

/// <summary>What the lexicon found in a clause: the best topic, its stance if one was expressed, and where.</summary>
/// <param name="Anchor">The token where the stance (or else the topic's first cue) starts; the holder stands before it.</param>
internal sealed record TopicReading(TopicEntry Topic, StanceEntry? Stance, int Anchor, int Score);
