using Diplomacy.Core.Model;
using Diplomacy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using DiplomaticEvent = Diplomacy.Data.Entities.DiplomaticEvent;

namespace Diplomacy.Data.Import;

/// <summary>Decides whether an event report describes an event already stored, and settles a merged event's date.</summary>
/// <remarks>
/// <para>Two reports are the same real event when they have the same type and the same set of participants, and
/// either</para>
/// <list type="bullet">
/// <item>their dates fall in the same month and agree with every reading the event already has (to the day where
/// both give a day): two meetings of the same people on different days of one month stay two events, even
/// where a third report says only "in June"; or</item>
/// <item>their evidence is the same sentence once dates are taken out (case, punctuation, the temporal
/// expressions and any word with a digit ignored): a paragraph recycled by a later article is the same report
/// even where the copy prints another year.</item>
/// </list>
/// <para>The second rule is how a conflict arises: "In October, Russia and China vetoed…" (a June 2012 article,
/// so October 2011) and "In October 2012, Russia and China vetoed…" (a copy in a 2013 article) are one veto with
/// two readings of its date. Each reading stays on its <see cref="EventSource"/>, the event is flagged with
/// <see cref="DiplomaticEvent.HasDateConflict"/>, and its own date is the reading of the earliest-published
/// source, because later articles are the ones that recycle (and mis-copy) older text.</para>
/// <para>Reports with only a year, or no date, join an event only by the evidence rule: "in 2012" says too
/// little to tell one agreement from another.</para>
/// </remarks>
internal static class EventMerger
{
    /// <summary>The stored events the report may belong to (the rules are applied in memory by <see cref="Matches"/>).</summary>
    public static Task<List<DiplomaticEvent>> CandidatesAsync(DiplomacyDbContext db, EventReport report, CancellationToken cancellationToken)
    {
        var query = db.Events.Include(e => e.Sources).Where(e => e.Type == report.Type && e.ParticipantKey == report.ParticipantKey);
        if (report.Date is { Precision: not DatePrecision.Year } date)
        {
            var month = date.WithPrecision(DatePrecision.Month);
            var (first, last) = (month.Earliest, month.Latest);
            query = query.Where(e => e.Sources.Any(s =>
                s.EvidenceKey == report.EvidenceKey
                || (s.Date >= first && s.Date <= last && s.DatePrecision != DatePrecision.Year)));
        }
        else
        {
            query = query.Where(e => e.Sources.Any(s => s.EvidenceKey == report.EvidenceKey));
        }

        return query.AsSplitQuery().ToListAsync(cancellationToken);
    }

    public static bool Matches(DiplomaticEvent stored, EventReport report) =>
        stored.Type == report.Type
        && stored.ParticipantKey == report.ParticipantKey
        && (stored.Sources.Any(s => s.EvidenceKey == report.EvidenceKey)
            || (stored.Sources.Any(s => SameMonth(s.When, report.Date)) && stored.Sources.All(s => DatesAgree(s.When, report.Date))));

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

    /// <summary>Sets the event's date to the preferred reading and flags disagreement between readings.</summary>
    /// <param name="publishedOn">Each article's publication date (first day), by article id.</param>
    public static void Settle(DiplomaticEvent stored, IReadOnlyDictionary<int, DateOnly?> publishedOn)
    {
        var readings = stored.Sources.Where(s => s.When is not null).ToList();
        var preferred = readings
            .OrderBy(s => publishedOn.GetValueOrDefault(s.ArticleId) ?? DateOnly.MaxValue)
            .ThenByDescending(s => s.DatePrecision)
            .ThenBy(s => s.ArticleId)
            .ThenBy(s => s.Start)
            .FirstOrDefault();
        stored.Date = preferred?.Date;
        stored.DatePrecision = preferred?.DatePrecision;
        stored.HasDateConflict = readings.Exists(a => readings.Exists(b => !DatesAgree(a.When, b.When)));
    }

    private static bool SameMonth(PartialDate? stored, PartialDate? reported) =>
        stored is { Precision: not DatePrecision.Year } a
        && reported is { Precision: not DatePrecision.Year } b
        && a.Year == b.Year
        && a.Month == b.Month
        && (a.Day is null || b.Day is null || a.Day == b.Day);
}
