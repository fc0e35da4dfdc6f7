namespace Diplomacy.Data.Entities;

/// <summary>
/// A quotation, once, however many articles report it; each report is a <see cref="QuoteSource"/>.
/// </summary>
public sealed class Quote
{
    public int Id { get; set; }

    /// <summary>The words as the first reporting article printed them.</summary>
    public required string Text { get; set; }

    public int? SpeakerId { get; set; }

    public Actor? Speaker { get; set; }

    /// <summary>Identifies the quote across articles: a hash of the normalised words and the speaker (unique).</summary>
    public required string MergeKey { get; set; }

    public ICollection<QuoteSource> Sources { get; } = new List<QuoteSource>();
}
