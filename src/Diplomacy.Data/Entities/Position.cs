using Diplomacy.Core.Model;

namespace Diplomacy.Data.Entities;

/// <summary>A side's stance on a topic as one article reports it.</summary>
public sealed class Position
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public Side Side { get; set; }

    public Topic Topic { get; set; }

    public required string Stance { get; set; }

    /// <summary>+1 or −1 on the topic's axis; 0 where the topic has none.</summary>
    public int Polarity { get; set; }

    /// <summary>Who holds the stance, as the pipeline named it.</summary>
    public required string Holder { get; set; }

    /// <summary>The holder's actor row, where the holder is a known or discovered actor.</summary>
    public int? HolderId { get; set; }

    public Actor? HolderActor { get; set; }

    public DateOnly? Date { get; set; }

    public DatePrecision? DatePrecision { get; set; }

    public bool IsAnalysis { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public int? SentenceStart { get; set; }

    public int? SentenceEnd { get; set; }

    public PartialDate? When => StoredDate.ToPartial(Date, DatePrecision);
}
