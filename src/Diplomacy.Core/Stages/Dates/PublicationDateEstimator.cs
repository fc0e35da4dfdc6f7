using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>
/// Infers the publication date from evidence, in four steps:
/// <list type="number">
/// <item>collect weighted constraints (<see cref="DateConstraintCollector"/>) and find the days consistent with the
/// heaviest set of them (<see cref="DateConstraintSolver"/>);</item>
/// <item>a dateline inside those days pins the day;</item>
/// <item>otherwise the article's occasion: news is written on the occasion, so the earliest known happening inside the
/// days whose participants are the article's main people (or, when the days are few, one whose participant the text
/// places "today") gives the day;</item>
/// <item>otherwise a weekday the text reports narrows a week to a day; failing all, the month or year the days fall in.</item>
/// </list>
/// A weekday in a past-tense sentence ("said Monday") means the article is written that weekday or within the six days
/// after; any single day satisfies that for some weekday, so weekdays serve to choose among candidate days, not to bound.
/// </summary>
internal sealed class PublicationDateEstimator(KnowledgeBase knowledge, ActorMentionIndex actors)
{
    private const double DatelineConfidence = 0.95;
    private const double OccasionConfidence = 0.8;
    private const double TodayOccasionConfidence = 0.65;
    private const double WeekdayConfidence = 0.5;
    private const double MonthConfidence = 0.45;
    private const double YearConfidence = 0.3;
    private const double OpenEndedConfidence = 0.2;

    /// <summary>A window this short is narrow enough to look for the occasion among all known happenings.</summary>
    private const int TodayOccasionReach = 31;

    private const int WeekdayReach = 7;
    private const int MonthReach = 62;
    private const int YearReach = 400;
    private const int MaxEvidence = 8;
    private const int MaxOccasionSentences = 3;

    /// <param name="articleAllusions">Happenings whose cues are spread over the article rather than held by one sentence.</param>
    public PublicationDate? Estimate(string text, IReadOnlyList<DatelineDate> datelines, IReadOnlyList<SentenceReading> sentences, IReadOnlyList<ArticleAllusion> articleAllusions)
    {
        var constraints = DateConstraintCollector.Collect(text, datelines, sentences, actors);
        var weekdays = ReportedWeekdays(text, sentences);
        if (DateConstraintSolver.Solve(constraints, day => weekdays.ContainsKey(day.DayOfWeek)) is not { } solution)
        {
            return null;
        }

        var window = solution.Window;
        var support = 0.6 + (0.4 * solution.Support);
        var evidence = solution.Satisfied.OrderByDescending(c => c.Weight).Select(c => c.Evidence).Take(MaxEvidence).ToList();
        if (solution.Satisfied.Any(c => c.IsPin) && window.Days == 1)
        {
            return new PublicationDate(PartialDate.FromDate(window.From), DatelineConfidence * support, evidence);
        }

        if (FindOccasion(text, window, sentences, articleAllusions, weekdays) is { } occasion)
        {
            return new PublicationDate(PartialDate.FromDate(occasion.Day), occasion.Confidence * support, [.. occasion.Evidence, .. evidence]);
        }

        if (window.IsOpenBelow)
        {
            return null;
        }

        if (!window.IsOpenAbove && window.Days <= WeekdayReach && DaysOf(window).FirstOrDefault(d => weekdays.ContainsKey(d.DayOfWeek)) is { } day && day != default)
        {
            var phrase = weekdays[day.DayOfWeek];
            return new PublicationDate(PartialDate.FromDate(day), WeekdayConfidence * support,
                [phrase with { Explanation = $"the reported {day.DayOfWeek} falls in the window: the article is written that day" }, .. evidence]);
        }

        if (window.IsOpenAbove)
        {
            return new PublicationDate(new PartialDate(window.From.Year), OpenEndedConfidence * support, evidence);
        }

        if (window.Days <= MonthReach)
        {
            var month = DaysOf(window).GroupBy(d => (d.Year, d.Month)).MaxBy(g => g.Count())!.Key;
            return new PublicationDate(new PartialDate(month.Year, month.Month), MonthConfidence * support, evidence);
        }

        var year = window.Days <= YearReach ? DaysOf(window).GroupBy(d => d.Year).MaxBy(g => g.Count())!.Key : window.From.Year;
        return new PublicationDate(new PartialDate(year), YearConfidence * support, evidence);
    }

    /// <summary>
    /// The happening the article reports on: one with a main person of the article among its participants, inside the
    /// window, alluded to by one sentence, by cues spread over the article, or (in a narrow window) the happening of a
    /// person the text places "today". The one with most of the article's main people wins (a transcript of Kerry and
    /// Lavrov is about their meeting, not the Geneva conference they cite); then the earliest: news is written on the
    /// occasion, not weeks after.
    /// </summary>
    private Occasion? FindOccasion(
        string text,
        DateWindow window,
        IReadOnlyList<SentenceReading> sentences,
        IReadOnlyList<ArticleAllusion> articleAllusions,
        Dictionary<DayOfWeek, DateEvidence> weekdays)
    {
        var mainPeople = MainPeople(sentences);
        bool HasMainPerson(HappeningEntry h) => h.Participants is { Count: > 0 } participants && participants.Any(mainPeople.Contains);

        var candidates = new List<OccasionCandidate>();
        foreach (var sentence in sentences.Where(s => !s.IsFuture))
        {
            candidates.AddRange(sentence.DatedAllusions().Where(HasMainPerson).Select(h => new OccasionCandidate(h, [sentence.Span], OccasionSource.Sentence)));
        }

        candidates.AddRange(articleAllusions.Where(a => HasMainPerson(a.Happening)).Select(a => new OccasionCandidate(a.Happening, a.Sentences, OccasionSource.Article)));
        if (!window.IsOpenAbove && window.Days <= TodayOccasionReach)
        {
            var inWindow = knowledge.Happenings.Where(h => HasMainPerson(h) && Overlap(h, window) is not null).ToList();
            foreach (var sentence in sentences.Where(s => s.Phrases.Any(p => p.IsPresent)))
            {
                var placedToday = inWindow.Where(h => h.Participants.Any(p => mainPeople.Contains(p) && sentence.Actors.ContainsKey(p))).ToList();
                candidates.AddRange(placedToday.Select(h => new OccasionCandidate(h, [sentence.Span], OccasionSource.Today)));
                inWindow.RemoveAll(placedToday.Contains);
            }
        }

        var best = candidates
            .Select(c => (Candidate: c, Days: Overlap(c.Happening, window)))
            .Where(c => c.Days is not null)
            .OrderByDescending(c => c.Candidate.Happening.Participants.Count(mainPeople.Contains))
            .ThenBy(c => c.Days!.Value.From)
            .ThenBy(c => c.Candidate.Source)
            .FirstOrDefault();
        if (best.Candidate is null)
        {
            return null;
        }

        var days = best.Days!.Value;
        var day = DaysOf(days).FirstOrDefault(d => weekdays.ContainsKey(d.DayOfWeek));
        day = day == default ? days.From : day;
        var happening = best.Candidate.Happening;
        var people = string.Join(", ", happening.Participants.Where(mainPeople.Contains));
        var (confidence, explanation) = best.Candidate.Source switch
        {
            OccasionSource.Sentence => (OccasionConfidence, $"the article's occasion: {DateConstraintCollector.Describe(happening)}, with its main people ({people})"),
            OccasionSource.Article => (OccasionConfidence, $"the article's occasion: {DateConstraintCollector.Describe(happening)}, its cues spread over the article, with its main people ({people})"),
            _ => (TodayOccasionConfidence, $"the article's occasion: {DateConstraintCollector.Describe(happening)}, the happening of {people}, placed today, in the window the other evidence leaves"),
        };
        var evidence = best.Candidate.Sentences.Take(MaxOccasionSentences).Select((span, i) => new DateEvidence(
            span, DateConstraintCollector.Excerpt(text, span), i == 0 ? explanation : $"cites {happening.Name} too"));
        return new Occasion(day, confidence, [.. evidence]);
    }

    /// <summary>The people the article names most: at least twice, and at least a third as often as the most named.</summary>
    private HashSet<string> MainPeople(IReadOnlyList<SentenceReading> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, count) in sentences.SelectMany(s => s.Actors).Where(a => actors.IsPerson(a.Key)))
        {
            counts[name] = counts.GetValueOrDefault(name) + count;
        }

        var mostNamed = counts.Values.DefaultIfEmpty(0).Max();
        return counts.Where(c => c.Value >= 2 && c.Value * 3 >= mostNamed).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Weekdays named in past-tense sentences ("on Tuesday", "said Monday"), each with its first phrase.</summary>
    private static Dictionary<DayOfWeek, DateEvidence> ReportedWeekdays(string text, IReadOnlyList<SentenceReading> sentences)
    {
        var weekdays = new Dictionary<DayOfWeek, DateEvidence>();
        foreach (var sentence in sentences)
        {
            foreach (var phrase in sentence.Phrases.Where(p => p.Kind == DatePhraseKind.Weekday && p.Qualifier is null && !sentence.LooksAhead(p)))
            {
                weekdays.TryAdd(phrase.Weekday!.Value, new DateEvidence(phrase.Span, DateConstraintCollector.Excerpt(text, phrase.Span), string.Empty));
            }
        }

        return weekdays;
    }

    private static DateWindow? Overlap(HappeningEntry happening, DateWindow window) =>
        new DateWindow(happening.Date, happening.End ?? happening.Date).Intersect(window);

    private static IEnumerable<DateOnly> DaysOf(DateWindow window)
    {
        for (var day = window.From; day <= window.To; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    private sealed record Occasion(DateOnly Day, double Confidence, IReadOnlyList<DateEvidence> Evidence);

    private sealed record OccasionCandidate(HappeningEntry Happening, IReadOnlyList<TextSpan> Sentences, OccasionSource Source);

    /// <summary>Where an occasion candidate comes from, most reliable first.</summary>
    private enum OccasionSource
    {
        Sentence,
        Article,
        Today,
    }
}
