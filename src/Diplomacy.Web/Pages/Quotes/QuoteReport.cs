using Diplomacy.Core.Model;

namespace Diplomacy.Web.Pages.Quotes;

/// <summary>One article's report of a quote: where its words are in the raw text, and how the speaker was found.</summary>
public sealed record QuoteReport(
    int QuoteSourceId, int ArticleId, string? Title, DateOnly? Published, DatePrecision? Precision, int Start, int End, Attribution Attribution, string? Cue)
{
    public string Permalink => $"/Articles/{ArticleId}?focus=quote-{QuoteSourceId}#focus";
}
