using Diplomacy.Core.Model;

namespace Diplomacy.Data.Import;

/// <summary>What one article says about an event, reduced to what <see cref="EventMerger"/> compares.</summary>
internal sealed record EventReport(EventType Type, string ParticipantKey, string EvidenceKey, PartialDate? Date);
