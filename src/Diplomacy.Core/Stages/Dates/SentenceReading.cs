using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>What the date resolver reads in one sentence: its date phrases, its tense, the happenings it alludes to, the office holders it names.</summary>
/// <param name="FutureMarker">Where the sentence's first future marker ("will", "is to") starts; null for a sentence about the past or present.</param>
/// <param name="CueGroups">The happenings' cue groups the sentence holds (see <see cref="HappeningMatcher"/>), pooled to find allusions spread over the article.</param>
/// <param name="Actors">Canonical names of the known actors the sentence names.</param>
internal sealed record SentenceReading(
    TextSpan Span,
    IReadOnlyList<DatePhrase> Phrases,
    int? FutureMarker,
    IReadOnlyList<HappeningEntry> Allusions,
    IReadOnlyDictionary<int, ulong> CueGroups,
    IReadOnlyList<OfficeMention> Offices,
    IReadOnlyDictionary<string, int> Actors)
{
    public bool IsFuture => FutureMarker is not null;

    /// <summary>
    /// True where a future marker comes before the phrase: "will meet on Tuesday" looks ahead, while in
    /// "Clinton told reporters Thursday. … we will discuss" the weekday is still past.
    /// </summary>
    public bool LooksAhead(DatePhrase phrase) => phrase.Direction == TimeDirection.Future || (phrase.Direction == TimeDirection.None && phrase.Span.Start > FutureMarker);

    /// <summary>True where a phrase places the sentence at another time than the writing ("In June 2012", "earlier this year").</summary>
    public bool IsSetElsewhereInTime => Phrases.Any(p => p.Explicit is not null || p.Offset != 0 || p.Direction != TimeDirection.None
        || p.Qualifier is not null and not 0 || p.YearOffset is not null and not 0 || (p.Kind == DatePhraseKind.Calendar && p.Month is not null));

    /// <summary>
    /// The allusions the sentence's own dates agree with: "the veto of 4 October 2011" picks that veto out of every veto
    /// the cues match. A month or season the sentence names ("In October", "last summer") rules out happenings in other
    /// months. Where an explicit year agrees with none, every allusion stays: the text may have the year wrong.
    /// </summary>
    public IReadOnlyList<HappeningEntry> DatedAllusions()
    {
        if (Allusions.Count == 0)
        {
            return Allusions;
        }

        var months = Phrases.Where(p => p.IsBareMonth).Select(p => p.Month!.Value)
            .Concat(Phrases.Where(p => p.Kind == DatePhraseKind.Season && p.SeasonMonths is not null).SelectMany(p => p.SeasonMonths!))
            .ToHashSet();
        var allusions = months.Count == 0 ? Allusions : [.. Allusions.Where(h => months.Contains(h.Date.Month))];
        var explicitDates = Phrases.Select(p => p.Explicit).OfType<PartialDate>().Where(d => d.Month is not null).ToList();
        var agreeing = allusions.Where(h => explicitDates.Exists(d => d.Earliest <= (h.End ?? h.Date) && h.Date <= d.Latest)).ToList();
        return agreeing.Count > 0 ? agreeing : allusions;
    }
}
