using Diplomacy.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Data.Import;

/// <summary>
/// Remembers, per event type and set of participants, every stored event a report could join, with what the merging
/// rules read of it, so an ingest run reads each such group from the database once. <see cref="Forget"/> drops that
/// memory after a rolled-back article, or when another writer may have changed the events.
/// </summary>
internal sealed class EventDirectory
{
    private readonly Dictionary<(EventType Type, string ParticipantKey), List<MergedEvent>> _groups = [];

    public void Forget() => _groups.Clear();

    /// <summary>Reads the groups the reports fall in that are not known yet: one query for their events, two for their sources.</summary>
    public async Task LoadAsync(DiplomacyDbContext db, IReadOnlyCollection<EventReport> reports, CancellationToken cancellationToken)
    {
        var missing = reports.Select(r => (r.Type, r.ParticipantKey)).Where(g => !_groups.ContainsKey(g)).ToHashSet();
        if (missing.Count == 0)
        {
            return;
        }

        // Type IN (…) AND ParticipantKey IN (…) seeks the (Type, ParticipantKey, Date) index; every pair of the two lists is then known whole.
        var types = missing.Select(g => g.Type).Distinct().ToList();
        var participantKeys = missing.Select(g => g.ParticipantKey).Distinct().ToList();
        var events = await db.Events.AsNoTracking()
            .Where(e => types.Contains(e.Type) && participantKeys.Contains(e.ParticipantKey))
            .Select(e => new { e.Id, e.Type, e.ParticipantKey, e.Date, e.DatePrecision, e.HasDateConflict })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var type in types)
        {
            foreach (var participantKey in participantKeys)
            {
                _groups.TryAdd((type, participantKey), []);
            }
        }

        if (events.Count == 0)
        {
            return;
        }

        List<int> ids = [.. events.Select(e => e.Id)];
        var readings = await EventMerger.ReadingsAsync(db, ids, cancellationToken).ConfigureAwait(false);
        var evidence = (await db.EventSources.Where(s => ids.Contains(s.EventId)).Select(s => new { s.EventId, s.EvidenceKey }).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(s => s.EventId, s => s.EvidenceKey);
        foreach (var stored in events.OrderBy(e => e.Id))
        {
            var merged = new MergedEvent(
                stored.Id, stored.Type, stored.ParticipantKey, Entities.StoredDate.ToPartial(stored.Date, stored.DatePrecision), stored.HasDateConflict, readings[stored.Id]);
            merged.EvidenceKeys.UnionWith(evidence[stored.Id]);
            _groups[(stored.Type, stored.ParticipantKey)].Add(merged);
        }
    }

    /// <summary>The first known event that accepts the report; its group must have been loaded.</summary>
    public MergedEvent? Find(EventReport report) => _groups[(report.Type, report.ParticipantKey)].Find(e => e.Accepts(report));

    /// <summary>Remembers an event the current article created, so its later reports, and later articles, can join it.</summary>
    public void Add(MergedEvent created) => _groups[(created.Type, created.ParticipantKey)].Add(created);
}
