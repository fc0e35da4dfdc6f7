namespace Diplomacy.Web.Pages.Timeline;

/// <summary>A quote in an entry's sentence, with its speaker.</summary>
public sealed record EntryQuote(int QuoteId, int QuoteSourceId, int ArticleId, string Text, int? SpeakerId, string? Speaker)
{
    public string Permalink => $"/Articles/{ArticleId}?focus=quote-{QuoteSourceId}#focus";
}
