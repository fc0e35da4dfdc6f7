using Diplomacy.Core.Model;

namespace Diplomacy.Data.Entities;

/// <summary>One article reporting an event, with the date as that article gives it.</summary>
public sealed class EventSource
{
    public int Id { get; set; }

    public int EventId { get; set; }

    public DiplomaticEvent? Event { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public int? SentenceStart { get; set; }

    public int? SentenceEnd { get; set; }

    /// <summary>
    /// The topics of the positions coded from this source's sentence (same article, same sentence start), kept here
    /// so the timeline filters events by topic from this row alone.
    /// </summary>
    public TopicSet SentenceTopics { get; set; }

    /// <summary>This article's reading of the date.</summary>
    public DateOnly? Date { get; set; }

    public DatePrecision? DatePrecision { get; set; }

    /// <summary>The reporting article's publication date, copied here so an event's readings are read from one index.</summary>
    public DateOnly? ArticlePublished { get; set; }

    /// <summary>A hash of the evidence with its dates taken out: recycled sentences share it even where their dates differ.</summary>
    public required string EvidenceKey { get; set; }

    public PartialDate? When => StoredDate.ToPartial(Date, DatePrecision);
}
