using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>What the date resolver reads in a whole article.</summary>
/// <param name="Sentences">The content sentences (datelines and boilerplate excluded).</param>
/// <param name="DatelineCues">Happenings' cue groups held by datelines ("Moscow, Russia" above a transcript): they say where, so they count towards an allusion spread over the article.</param>
/// <param name="Citations">Numbered documents cited in the content.</param>
internal sealed record ArticleReading(
    IReadOnlyList<SentenceReading> Sentences,
    IReadOnlyList<(TextSpan Span, IReadOnlyDictionary<int, ulong> Groups)> DatelineCues,
    IReadOnlyList<DocumentCitation> Citations);
