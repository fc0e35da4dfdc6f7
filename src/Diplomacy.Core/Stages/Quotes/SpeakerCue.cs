using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Quotes;

/// <summary>Who said a quote, how that was found, and the words that say so.</summary>
public sealed record SpeakerCue(string? Speaker, Attribution Attribution, TextSpan? CueSpan);
