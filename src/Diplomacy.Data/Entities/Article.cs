using Diplomacy.Core.Model;

namespace Diplomacy.Data.Entities;

/// <summary>
/// A stored article: the raw text exactly as read (the source of truth) and what the pipeline found in it.
/// Every derived row points back here with a span into <see cref="RawText"/>.
/// </summary>
public sealed class Article
{
    public int Id { get; set; }

    public required string FileName { get; set; }

    public string? Title { get; set; }

    public int? TitleStart { get; set; }

    public int? TitleEnd { get; set; }

    /// <summary>
    /// The editor who corrected <see cref="Title"/>, if one did: a correction is not derived from the raw text,
    /// so re-extraction keeps it while still locating the pipeline's title span.
    /// </summary>
    public string? TitleSetBy { get; set; }

    /// <summary>The outlet or site the article came from, where the person adding it said so.</summary>
    public string? SourceName { get; set; }

    public string? Url { get; set; }

    /// <summary>The first day the publication date can stand for; <see cref="PublishedPrecision"/> says how much of it is known.</summary>
    public DateOnly? Published { get; set; }

    public DatePrecision? PublishedPrecision { get; set; }

    public double? PublishedConfidence { get; set; }

    /// <summary>The phrases that pin the date and the reasoning, one per line.</summary>
    public string? PublishedEvidence { get; set; }

    /// <summary>
    /// The editor who corrected the publication date, if one did: re-extraction then keeps <see cref="Published"/>,
    /// its precision, confidence and evidence as the editor left them.
    /// </summary>
    public string? PublishedSetBy { get; set; }

    /// <summary>The text as decoded from the file, never altered: re-extraction starts from it.</summary>
    public required string RawText { get; set; }

    /// <summary>SHA-256 of <see cref="RawText"/> (UTF-8, lower-case hex): the same text is stored once.</summary>
    public required string ContentHash { get; set; }

    public DateTime AddedAt { get; set; }

    public required string AddedBy { get; set; }

    /// <summary>When the derived rows were last rebuilt from <see cref="RawText"/>.</summary>
    public DateTime ExtractedAt { get; set; }

    public PartialDate? PublishedDate => StoredDate.ToPartial(Published, PublishedPrecision);

    public ICollection<ArticleActor> Actors { get; } = new List<ArticleActor>();

    public ICollection<Mention> Mentions { get; } = new List<Mention>();

    public ICollection<QuoteSource> QuoteSources { get; } = new List<QuoteSource>();

    public ICollection<EventSource> EventSources { get; } = new List<EventSource>();

    public ICollection<Position> Positions { get; } = new List<Position>();

    public ICollection<ArticleFlag> Flags { get; } = new List<ArticleFlag>();

    public ICollection<ArticleRepair> Repairs { get; } = new List<ArticleRepair>();
}
