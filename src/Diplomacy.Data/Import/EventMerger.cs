using Diplomacy.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Data.Import;

/// <summary>The rules by which reports from different articles are one event, and the date a merged event settles on.</summary>
/// <remarks>
/// <para>Two reports are the same real event when they have the same type and the same set of participants, and
/// either</para>
/// <list type="bullet">
/// <item>their dates fall in the same month and agree with every reading the event already has (to the day where
/// both give a day): two meetings of the same people on different days of one month stay two events, even
/// where a third report says only "in June"; or</item>
/// <item>their evidence is the same sentence once dates are taken out (case, punctuation, the temporal
/// expressions and any word with a digit ignored), and their dates differ at most in the year, by one: a paragraph
/// recycled by a later article is the same report even where the copy prints another year. The same words dated
/// another month are another event: stock sentences ("Russia and China vetoed a draft resolution on Syria", "the two
/// sides met again") are written about many events.</item>
/// </list>
/// <para>The second rule is how a conflict arises: "In October, Russia and China vetoed…" (a June 2012 article,
/// so October 2011) and "In October 2012, Russia and China vetoed…" (a copy in a 2013 article) are one veto with
/// two readings of its date. Each reading stays on its <see cref="Entities.EventSource"/>, the event is flagged
/// with <see cref="Entities.DiplomaticEvent.HasDateConflict"/>, and its own date is the reading of the
/// earliest-published source, because later articles are the ones that recycle (and mis-copy) older text.</para>
/// <para>Reports with only a year, or no date, join an event only by the evidence rule: "in 2012" says too
/// little to tell one agreement from another.</para>
/// </remarks>
internal static class EventMerger
{
    /// <summary>The distinct date readings of each event, with the earliest publication date of the articles giving each.</summary>
    public static async Task<ILookup<int, EventReading>> ReadingsAsync(DiplomacyDbContext db, IReadOnlyCollection<int> eventIds, CancellationToken cancellationToken)
    {
        var rows = await db.EventSources
            .Where(s => eventIds.Contains(s.EventId) && s.Date != null)
            .GroupBy(s => new { s.EventId, s.Date, s.DatePrecision })
            .Select(g => new
            {
                g.Key.EventId,
                g.Key.Date,
                g.Key.DatePrecision,
                FirstPublished = g.Min(s => s.ArticlePublished),
                FirstArticleId = g.Min(s => s.ArticleId),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToLookup(
            r => r.EventId,
            r => new EventReading(Entities.StoredDate.ToPartial(r.Date, r.DatePrecision), r.FirstPublished, r.FirstArticleId));
    }

    /// <summary>The reading of the earliest-published source, and whether any two readings disagree.</summary>
    public static (PartialDate? Date, bool HasConflict) Settle(IReadOnlyCollection<EventReading> readings)
    {
        var preferred = readings
            .OrderBy(r => r.FirstPublished ?? DateOnly.MaxValue)
            .ThenByDescending(r => r.Date?.Precision)
            .ThenBy(r => r.FirstArticleId)
            .FirstOrDefault();
        var dates = readings.Select(r => r.Date).Distinct().ToList();
        return (preferred?.Date, dates.Exists(a => dates.Exists(b => !DatesAgree(a, b))));
    }

    /// <summary>True where two readings can stand for the same day: equal at the coarser of their precisions.</summary>
    public static bool DatesAgree(PartialDate? first, PartialDate? second)
    {
        if (first is not { } a || second is not { } b)
        {
            return true;
        }

        return a.Year == b.Year
            && (a.Month is null || b.Month is null || a.Month == b.Month)
            && (a.Day is null || b.Day is null || a.Day == b.Day);
    }

    /// <summary>True where a copy may have misdated the other reading: the same month and day where both give them, the years at most one apart.</summary>
    public static bool DifferAtMostInTheYear(PartialDate? first, PartialDate? second) =>
        first is not { } a || second is not { } b || (Math.Abs(a.Year - b.Year) <= 1 && DatesAgree(a with { Year = b.Year }, b));

    public static bool SameMonth(PartialDate? stored, PartialDate? reported) =>
        stored is { Precision: not DatePrecision.Year } a
        && reported is { Precision: not DatePrecision.Year } b
        && a.Year == b.Year
        && a.Month == b.Month
        && (a.Day is null || b.Day is null || a.Day == b.Day);
}
