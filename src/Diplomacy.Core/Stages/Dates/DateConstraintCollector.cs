using System.Globalization;
using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>
/// Turns what the sentences say into weighted constraints on the publication date:
/// <list type="bullet">
/// <item>a dateline pins the day (the latest one, where a blog reposts several stories);</item>
/// <item>an allusion to a known happening bounds it: past tense → not before it, future → before it,
/// "last week" → the week after its week, a weekday → that day or the six after, "today" → its day;</item>
/// <item>an explicit past date ("In June 2012", "since March 2011") → not before it;</item>
/// <item>"In May this year" in past tense → May or later in the article's year;</item>
/// <item>a bounded office ("Secretary of State John Kerry") → within the holder's term, unless the sentence is set in another time.</item>
/// </list>
/// Weights rank how specific and how reliable each kind of evidence is when they disagree.
/// </summary>
internal static class DateConstraintCollector
{
    private const double PinnedDatelineWeight = 8;
    private const double WireDatelineWeight = 6;
    private const double OlderDatelineWeight = 1;
    private const double RelativeAllusionWeight = 4;
    private const double PresentAllusionWeight = 3;
    private const double BareMonthAllusionWeight = 2;
    private const double PastAllusionWeight = 2;
    private const double FutureAllusionWeight = 2;
    private const double RoleWeight = 2;
    private const double ExplicitDateWeight = 1;
    private const double ExplicitYearWeight = 0.5;
    private const double ContradictedDateWeight = 0.25;
    private const double YearRelativeWeight = 1;

    /// <summary>How far ahead a text announces a scheduled happening, at most.</summary>
    private const int AnnouncementDays = 365;

    /// <summary>Explicit dates kept of each kind: only the latest lower bounds and the earliest upper bounds can bind.</summary>
    private const int MaxExplicitDates = 32;

    public static List<DateConstraint> Collect(string text, IReadOnlyList<DatelineDate> datelines, IReadOnlyList<SentenceReading> sentences, ActorMentionIndex actors)
    {
        var constraints = new List<DateConstraint>();
        AddDatelines(text, datelines, constraints);
        var explicitDates = new Dictionary<(PartialDate Date, bool IsUpperBound), DateConstraint>();
        var roles = new HashSet<(string Actor, RoleEntry Role)>();
        foreach (var sentence in sentences)
        {
            var allusions = sentence.DatedAllusions();
            if (allusions.Count > 0)
            {
                constraints.Add(AllusionConstraint(text, sentence, allusions, actors));
            }

            foreach (var phrase in sentence.Phrases)
            {
                if (ExplicitDateConstraint(text, sentence, phrase) is { } dated)
                {
                    explicitDates.TryAdd((phrase.Explicit!.Value, dated.Windows[0].IsOpenBelow), dated);
                }
                else if (YearRelativeConstraint(text, sentence, phrase) is { } relative)
                {
                    constraints.Add(relative);
                }
            }

            if (!sentence.IsSetElsewhereInTime)
            {
                foreach (var office in sentence.Offices.Where(o => roles.Add((o.Actor.Name, o.Role))))
                {
                    constraints.Add(RoleConstraint(text, office));
                }
            }
        }

        constraints.AddRange(explicitDates.Values.Where(c => !c.Windows[0].IsOpenBelow).OrderByDescending(c => c.Windows[0].From).Take(MaxExplicitDates));
        constraints.AddRange(explicitDates.Values.Where(c => c.Windows[0].IsOpenBelow).OrderBy(c => c.Windows[0].To).Take(MaxExplicitDates));
        return constraints;
    }

    public static string Excerpt(string text, TextSpan span, int maxLength = 160)
    {
        var folded = string.Join(' ', text[span.Start..span.End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (folded.Length <= maxLength)
        {
            return folded;
        }

        var cut = folded.LastIndexOf(' ', maxLength);
        return string.Concat(folded.AsSpan(0, cut > 0 ? cut : maxLength), "…");
    }

    public static string Describe(HappeningEntry happening) =>
        happening.End is { } end && end != happening.Date
            ? Invariant($"{happening.Name} ({happening.Date:yyyy-MM-dd}–{end:yyyy-MM-dd})")
            : Invariant($"{happening.Name} ({happening.Date:yyyy-MM-dd})");

    public static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);

    private static void AddDatelines(string text, IReadOnlyList<DatelineDate> datelines, List<DateConstraint> constraints)
    {
        var dated = datelines.Where(d => d.HasYear).OrderBy(d => d.Date.Explicit!.Value.Latest).ToList();
        for (var i = 0; i < dated.Count; i++)
        {
            var date = dated[i].Date.Explicit!.Value;
            var phrase = Excerpt(text, dated[i].Span);
            if (i < dated.Count - 1)
            {
                constraints.Add(new DateConstraint([DateWindow.NotBefore(date.Earliest)], OlderDatelineWeight,
                    new DateEvidence(dated[i].Span, phrase, Invariant($"an older dateline ({date.ToIso()}): the article is not earlier"))));
                continue;
            }

            var explanation = dated.Count > 1
                ? Invariant($"the latest of {dated.Count} datelines: the article is dated {date.ToIso()}")
                : Invariant($"dateline: the article is dated {date.ToIso()}");
            constraints.Add(new DateConstraint([new DateWindow(date.Earliest, date.Latest)], PinnedDatelineWeight, new DateEvidence(dated[i].Span, phrase, explanation))
            {
                IsPin = date.Precision == DatePrecision.Day,
            });
        }

        foreach (var wire in datelines.Where(d => !d.HasYear))
        {
            var month = wire.Date.Month!.Value;
            var day = wire.Date.Day!.Value;
            var explanation = Invariant($"wire dateline: the article is dated {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {day}, the year from other evidence");
            constraints.Add(DateConstraint.Recurring(new YearlyWindow(month, day, month, day), WireDatelineWeight, new DateEvidence(wire.Span, Excerpt(text, wire.Span), explanation)) with { IsPin = true });
        }
    }

    private static DateConstraint AllusionConstraint(string text, SentenceReading sentence, IReadOnlyList<HappeningEntry> allusions, ActorMentionIndex actors)
    {
        var names = allusions.Count == 1 ? Describe(allusions[0]) : "one of " + string.Join("; ", allusions.Take(3).Select(Describe));
        DateConstraint Make(IEnumerable<DateWindow> windows, double weight, string explanation) =>
            new([.. windows], weight, new DateEvidence(sentence.Span, Excerpt(text, sentence.Span), explanation));

        if (sentence.IsFuture)
        {
            return Make(allusions.Select(h => new DateWindow(h.Date.AddDays(-AnnouncementDays), h.Date.AddDays(-1))), FutureAllusionWeight,
                $"announces {names}: the article is earlier");
        }

        if (sentence.Phrases.FirstOrDefault(p => p.Kind == DatePhraseKind.Relative) is { } relative)
        {
            // "today" or "this week" ties the writing to a happening only where its people act in the sentence:
            // in "the two countries today affirmed the Geneva principles" the Geneva meeting is not today's.
            var related = relative.Offset == 0 && relative.Direction != TimeDirection.Future
                ? allusions.Where(h => NamesParticipant(sentence, h, actors))
                : allusions;
            var windows = related.Select(h => WritingWindow(h, relative)).OfType<DateWindow>().ToList();
            if (windows.Count > 0)
            {
                var phrase = Excerpt(text, relative.Span);
                var window = windows.Count == 1 ? Invariant($" from {windows[0].From:yyyy-MM-dd} to {windows[0].To:yyyy-MM-dd}") : string.Empty;
                return Make(windows, relative.Offset == 0 && relative.Unit != TimeUnit.Day ? PresentAllusionWeight : RelativeAllusionWeight,
                    $"{names} + \"{phrase}\": the article is written{window}");
            }
        }

        if (sentence.Phrases.FirstOrDefault(p => p.Kind == DatePhraseKind.Calendar && p.Qualifier < 0 && p.Month is not null) is { } lastMonth)
        {
            return Make(allusions.Select(h => new DateWindow(CalendarPeriods.StartOf(TimeUnit.Month, h.Date).AddMonths(1), CalendarPeriods.EndOf(TimeUnit.Month, h.Date.AddMonths(12)))),
                RelativeAllusionWeight, $"{names} + \"{Excerpt(text, lastMonth.Span)}\": the article is written within the year after");
        }

        if (sentence.Phrases.FirstOrDefault(p => p.IsBareMonth && p.Direction != TimeDirection.Future) is { } bareMonth)
        {
            return Make(allusions.Select(h => new DateWindow(h.Date, h.Date.AddYears(1).AddDays(-1))), BareMonthAllusionWeight,
                $"{names} + \"{Excerpt(text, bareMonth.Span)}\" without a year: the article is written within the year after");
        }

        if (sentence.Phrases.FirstOrDefault(p => p.Kind == DatePhraseKind.Weekday && p.Qualifier is null) is { Weekday: { } weekday } weekdayPhrase)
        {
            var days = allusions.SelectMany(h => Days(h)).Where(d => d.DayOfWeek == weekday).ToList();
            if (days.Count > 0)
            {
                return Make(days.Select(d => new DateWindow(d, d.AddDays(6))), RelativeAllusionWeight,
                    $"{names} + \"{Excerpt(text, weekdayPhrase.Span)}\": the article is written that {weekday} or within the 6 days after");
            }
        }

        return Make([DateWindow.NotBefore(allusions.Min(h => h.Date))], PastAllusionWeight, $"reports {names}: the article is not earlier");
    }

    /// <summary>True where the sentence names one of the happening's people (or, for a happening of countries or bodies, one of them).</summary>
    private static bool NamesParticipant(SentenceReading sentence, HappeningEntry happening, ActorMentionIndex actors)
    {
        var participants = happening.Participants ?? [];
        var people = participants.Where(actors.IsPerson).ToList();
        return (people.Count > 0 ? people : participants).Any(sentence.Actors.ContainsKey);
    }

    /// <summary>The writing window a relative phrase implies with a happening; "today" with a happening is its day.</summary>
    private static DateWindow? WritingWindow(HappeningEntry happening, DatePhrase relative)
    {
        var last = happening.End ?? happening.Date;
        if (relative.IsElapsed)
        {
            // "a year ago" counts from the day of writing, give or take: not the calendar year before.
            var slack = CalendarPeriods.Slack(relative.Unit);
            return new DateWindow(
                CalendarPeriods.Shift(relative.Unit, happening.Date, -relative.Offset).AddDays(-slack),
                CalendarPeriods.Shift(relative.Unit, last, -relative.Offset).AddDays(slack));
        }

        var window = CalendarPeriods.WritingWindow(relative.Unit, relative.Offset, happening.Date, last);
        if (relative.Offset == 0 && relative.Direction != TimeDirection.Future)
        {
            // "earlier this week" + a happening: the same week, but not before the happening began.
            return window.Intersect(DateWindow.NotBefore(happening.Date));
        }

        return window;
    }

    private static IEnumerable<DateOnly> Days(HappeningEntry happening)
    {
        var last = happening.End ?? happening.Date;
        for (var day = happening.Date; day <= last; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    private static DateConstraint? ExplicitDateConstraint(string text, SentenceReading sentence, DatePhrase phrase)
    {
        if (phrase.Explicit is not { } date)
        {
            return null;
        }

        var evidence = Excerpt(text, phrase.Span);
        if (sentence.LooksAhead(phrase))
        {
            return new DateConstraint([DateWindow.NotAfter(date.Latest)], ExplicitYearWeight,
                new DateEvidence(phrase.Span, evidence, Invariant($"a date still to come ({date.ToIso()}): the article is not later")));
        }

        var contradicted = sentence.Allusions.Count > 0 && !sentence.Allusions.Any(h => date.Earliest <= (h.End ?? h.Date) && h.Date <= date.Latest);
        var weight = contradicted ? ContradictedDateWeight : date.Precision == DatePrecision.Year ? ExplicitYearWeight : ExplicitDateWeight;
        return new DateConstraint([DateWindow.NotBefore(date.Earliest)], weight,
            new DateEvidence(phrase.Span, evidence, Invariant($"a past date ({date.ToIso()}): the article is not earlier")));
    }

    private static DateConstraint? YearRelativeConstraint(string text, SentenceReading sentence, DatePhrase phrase)
    {
        if (phrase is not { Kind: DatePhraseKind.Calendar, YearOffset: 0, Month: { } month })
        {
            return null;
        }

        var evidence = new DateEvidence(phrase.Span, Excerpt(text, phrase.Span), string.Empty);
        var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        return sentence.LooksAhead(phrase)
            ? DateConstraint.Recurring(new YearlyWindow(1, 1, month, 31), YearRelativeWeight,
                evidence with { Explanation = $"{monthName} of the article's year is still to come: the article is written in {monthName} or before" })
            : DateConstraint.Recurring(new YearlyWindow(month, 1, 12, 31), YearRelativeWeight,
                evidence with { Explanation = $"{monthName} of the article's year is past: the article is written in {monthName} or after" });
    }

    private static DateConstraint RoleConstraint(string text, OfficeMention office)
    {
        var from = office.Role.From ?? DateWindow.Floor;
        var to = office.Role.To?.AddDays(-1) ?? DateWindow.Ceiling;
        var term = Invariant($"{(office.Role.From is { } f ? f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "…")} to {(office.Role.To is { } t ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "…")}");
        return new DateConstraint([new DateWindow(from, to)], RoleWeight,
            new DateEvidence(office.Span, Excerpt(text, office.Span), $"{office.Actor.Name} held the office of {office.Role.Title} from {term}"));
    }
}
