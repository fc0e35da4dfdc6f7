using Diplomacy.Core.Model;

namespace Diplomacy.Data.Import;

/// <summary>
/// One distinct reading of an event's date across its sources, with the earliest publication date among the
/// articles that give it. An event has few readings however many articles report it, so merging stays cheap.
/// </summary>
internal sealed record EventReading(PartialDate? Date, DateOnly? FirstPublished, int FirstArticleId);
