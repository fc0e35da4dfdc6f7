using Diplomacy.Core.Model;

namespace Diplomacy.Web.Pages.Timeline;

/// <summary>One article an entry was read from: where in its raw text, and the date as that article gives it.</summary>
/// <param name="Focus">The article page's name for the passage, e.g. <c>event-12</c>: <c>?focus=event-12#focus</c> lands on it.</param>
public sealed record EntrySource(
    int ArticleId,
    string? Title,
    string? SourceName,
    int Start,
    int End,
    int? SentenceStart,
    int? SentenceEnd,
    DateOnly? Date,
    DatePrecision? Precision,
    string Focus)
{
    public string Permalink => $"/Articles/{ArticleId}?focus={Focus}#focus";

    public int PassageStart => SentenceStart ?? Start;

    public int PassageEnd => SentenceEnd ?? End;
}
