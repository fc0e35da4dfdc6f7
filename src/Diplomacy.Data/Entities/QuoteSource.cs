using Diplomacy.Core.Model;

namespace Diplomacy.Data.Entities;

/// <summary>One article reporting a quote: where the words and their sentence are in the article's raw text.</summary>
public sealed class QuoteSource
{
    public int Id { get; set; }

    public int QuoteId { get; set; }

    public Quote? Quote { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public int? SentenceStart { get; set; }

    public int? SentenceEnd { get; set; }

    public Attribution Attribution { get; set; }

    /// <summary>The attribution phrase as written ("Kerry told Putin").</summary>
    public string? Cue { get; set; }

    public int? CueStart { get; set; }

    public int? CueEnd { get; set; }

    /// <summary>True for a quote inside another quote.</summary>
    public bool IsNested { get; set; }
}
