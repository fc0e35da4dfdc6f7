using Diplomacy.Core.Model;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>
/// Resolves a date phrase against the publication date: "on Tuesday" is the latest Tuesday on or before it,
/// "in October" the latest October not after its month (or the next one, where the sentence looks ahead),
/// "last week" the week before. A phrase that needs a finer publication date than is known stays unresolved.
/// </summary>
internal static class TemporalExpressionResolver
{
    /// <param name="looksAhead">True where the phrase points ahead, by itself ("by August") or after a future marker ("will meet on Tuesday").</param>
    public static TemporalExpression Resolve(string text, DatePhrase phrase, bool looksAhead, PartialDate? published)
    {
        var resolved = phrase.Explicit ?? (published is { } p ? ResolveRelative(phrase, looksAhead, p) : null);
        var isFuture = resolved is { } r && published is { } pub
            ? r.Earliest > pub.Latest || (phrase.Direction == TimeDirection.Future && r.Latest >= pub.Earliest)
            : looksAhead && phrase.Kind != DatePhraseKind.Relative || phrase.Direction == TimeDirection.Future;
        return new TemporalExpression(phrase.Span, DateConstraintCollector.Excerpt(text, phrase.Span, int.MaxValue), resolved, isFuture);
    }

    private static PartialDate? ResolveRelative(DatePhrase phrase, bool looksAhead, PartialDate published) => phrase.Kind switch
    {
        DatePhraseKind.Calendar => ResolveCalendar(phrase, looksAhead, published),
        DatePhraseKind.Weekday => ResolveWeekday(phrase, looksAhead, published),
        DatePhraseKind.Relative => ResolveOffset(phrase, published),
        DatePhraseKind.Season => ResolveSeason(phrase, published),
        _ => null,
    };

    /// <summary>A month (and maybe day) without a year: the year comes from the publication date.</summary>
    private static PartialDate? ResolveCalendar(DatePhrase phrase, bool looksAhead, PartialDate published)
    {
        if (phrase.Month is not { } month)
        {
            return null;
        }

        if (phrase.YearOffset is { } yearOffset)
        {
            return new PartialDate(published.Year + yearOffset, month, phrase.Day);
        }

        if (published.Month is not { } publishedMonth)
        {
            return null;
        }

        // Compare (month, day) with the publication date; where either has no day, compare months only.
        var position = (month * 32) + (phrase.Day is not null && published.Day is not null ? phrase.Day.Value : 0);
        var now = (publishedMonth * 32) + (phrase.Day is not null && published.Day is not null ? published.Day.Value : 0);
        var year = (phrase.Qualifier, looksAhead) switch
        {
            (< 0, _) => position < now ? published.Year : published.Year - 1,
            (0, _) => published.Year,
            (> 0, _) => position > now ? published.Year : published.Year + 1,
            (null, true) => position >= now ? published.Year : published.Year + 1,
            (null, false) => position <= now ? published.Year : published.Year - 1,
        };
        return new PartialDate(year, month, phrase.Day);
    }

    private static PartialDate? ResolveWeekday(DatePhrase phrase, bool looksAhead, PartialDate published)
    {
        if (published.Precision != DatePrecision.Day || phrase.Weekday is not { } weekday)
        {
            return null;
        }

        var today = published.Earliest;
        var back = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
        var ahead = ((int)weekday - (int)today.DayOfWeek + 7) % 7;
        var day = (phrase.Qualifier, looksAhead) switch
        {
            (< 0, _) => today.AddDays(-(back == 0 ? 7 : back)),
            (> 0, _) or (null, true) => today.AddDays(ahead == 0 ? 7 : ahead),
            _ => today.AddDays(-back),
        };
        return PartialDate.FromDate(day);
    }

    private static PartialDate? ResolveOffset(DatePhrase phrase, PartialDate published)
    {
        var offset = phrase.Offset;
        switch (phrase.Unit)
        {
            case TimeUnit.Year:
                // "last year" is a calendar year; "a year ago" is about the same month a year back.
                return new PartialDate(published.Year + offset, phrase.IsElapsed ? published.Month : null);
            case TimeUnit.Month when published.Month is not null:
                var month = published.Earliest.AddMonths(offset);
                return new PartialDate(month.Year, month.Month);
            case TimeUnit.Week when published.Precision == DatePrecision.Day:
                // A week has no place in a partial date: the month of its Thursday stands for it.
                var thursday = CalendarPeriods.StartOf(TimeUnit.Week, published.Earliest.AddDays(7 * offset)).AddDays(3);
                return new PartialDate(thursday.Year, thursday.Month);
            case TimeUnit.Week when offset == 0 && published.Month is not null:
                return published.WithPrecision(DatePrecision.Month);
            case TimeUnit.Day when published.Precision == DatePrecision.Day:
                return PartialDate.FromDate(published.Earliest.AddDays(offset));
            default:
                return null;
        }
    }

    /// <summary>A season resolves to its year; "last summer" is the latest summer that ended before the publication month.</summary>
    private static PartialDate? ResolveSeason(DatePhrase phrase, PartialDate published)
    {
        if (phrase.Year is { } year)
        {
            return new PartialDate(year);
        }

        if (phrase.SeasonMonths is not { Count: > 0 } months || published.Month is not { } now)
        {
            return null;
        }

        var first = months[0];
        var last = months[^1];
        var endsInYearAfterStart = last < first;
        return phrase.Qualifier switch
        {
            < 0 => new PartialDate(now > last && !endsInYearAfterStart ? published.Year : published.Year - 1),
            > 0 => new PartialDate(now < first ? published.Year : published.Year + 1),
            _ => new PartialDate(published.Year),
        };
    }
}
