using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Quotes;

/// <summary>A block that opens with a speaker label ("SECRETARY KERRY:", "Vladimir Putin:", "QUESTION:").</summary>
/// <param name="Speaker">The canonical speaker, or null for a label that names nobody ("QUESTION").</param>
/// <param name="Words">The spoken words after the label.</param>
public sealed record TranscriptTurn(int BlockIndex, TextSpan Label, string? Speaker, TextSpan Words);
