using Diplomacy.Core.Model;
using Diplomacy.Data;
using Diplomacy.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using DiplomaticEvent = Diplomacy.Data.Entities.DiplomaticEvent;
using Position = Diplomacy.Data.Entities.Position;
using TopicSet = Diplomacy.Data.Entities.TopicSet;
using TopicSets = Diplomacy.Data.Entities.TopicSets;

namespace Diplomacy.Web.Pages.Timeline;

/// <summary>
/// The timeline's queries, shared by the page and the API so both answer the same filters the same way.
/// Entries are events and positions in date order; a page is read as the first rows of each after the cursor,
/// merged, so every query is an index range scan that stops at the page size.
/// </summary>
public static class TimelineQueries
{
    /// <summary>The value of <c>Actor.Country</c> for the United States' actors.</summary>
    public const string UnitedStates = "US";

    /// <summary>The value of <c>Actor.Country</c> for Russia's actors.</summary>
    public const string Russia = "Russia";

    public const int MaxActorFacets = 12;

    public static IQueryable<DiplomaticEvent> FilterEvents(this DiplomacyDbContext db, TimelineFilter filter)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var events = db.Events.AsNoTracking().Where(e => e.Date != null);
        if (filter.FirstDay is { } first)
        {
            events = events.Where(e => e.Date >= first);
        }

        if (filter.LastDay is { } last)
        {
            events = events.Where(e => e.Date <= last);
        }

        if (filter.EventType is { } type)
        {
            events = events.Where(e => e.Type == type);
        }

        if (filter.Topic is { } topic)
        {
            // An event is on a topic where a position on it was coded from one of the event's own sentences (the
            // quote search reads a quote's topic the same way; CountFacetsAsync counts by the same rule). The importer
            // stores each source's sentence topics, so this is a look-up in the sources' (EventId, SentenceTopics) index.
            var topicBit = TopicSets.Of(topic);
            events = events.Where(e => e.Sources.Any(s => (s.SentenceTopics & topicBit) != TopicSet.None));
        }

        if (filter.ActorId is { } actor)
        {
            events = events.Where(e => e.Participants.Any(p => p.ActorId == actor));
        }

        events = filter.Side switch
        {
            Side.US => events.Where(e => e.Participants.Any(p => p.Actor!.Country == UnitedStates)
                && !e.Participants.Any(p => p.Actor!.Country == Russia)),
            Side.Russia => events.Where(e => e.Participants.Any(p => p.Actor!.Country == Russia)
                && !e.Participants.Any(p => p.Actor!.Country == UnitedStates)),
            Side.Both => events.Where(e => e.Participants.Any(p => p.Actor!.Country == UnitedStates)
                == e.Participants.Any(p => p.Actor!.Country == Russia)),
            _ => events,
        };

        foreach (var pattern in LikePatterns(filter))
        {
            events = events.Where(e => EF.Functions.Like(e.Summary, pattern) || EF.Functions.Like(e.Location, pattern));
        }

        return events;
    }

    public static IQueryable<Position> FilterPositions(this DiplomacyDbContext db, TimelineFilter filter)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var positions = db.Positions.AsNoTracking().Where(p => p.Date != null);
        if (!filter.IncludesPositions)
        {
            return positions.Where(_ => false);
        }

        if (filter.FirstDay is { } first)
        {
            positions = positions.Where(p => p.Date >= first);
        }

        if (filter.LastDay is { } last)
        {
            positions = positions.Where(p => p.Date <= last);
        }

        if (filter.Topic is { } topic)
        {
            positions = positions.Where(p => p.Topic == topic);
        }

        if (filter.Side is { } side)
        {
            positions = positions.Where(p => p.Side == side);
        }

        if (filter.ActorId is { } actor)
        {
            positions = positions.Where(p => p.HolderId == actor);
        }

        foreach (var pattern in LikePatterns(filter))
        {
            positions = positions.Where(p => EF.Functions.Like(p.Stance, pattern) || EF.Functions.Like(p.Holder, pattern));
        }

        return positions;
    }

    /// <summary>The entries after the filter's cursor, at most <paramref name="size"/>, each with its actors, sources and quotes.</summary>
    public static async Task<TimelinePage> ReadPageAsync(this DiplomacyDbContext db, TimelineFilter filter, int size, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var events = db.FilterEvents(filter);
        var positions = db.FilterPositions(filter);
        if (filter.After is { } after)
        {
            (events, positions) = after.Kind == EntryKind.Event
                ? (events.Where(e => e.Date > after.Date || (e.Date == after.Date && e.Id > after.Id)), positions.Where(p => p.Date >= after.Date))
                : (events.Where(e => e.Date > after.Date), positions.Where(p => p.Date > after.Date || (p.Date == after.Date && p.Id > after.Id)));
        }

        var eventRows = await events.OrderBy(e => e.Date).ThenBy(e => e.Id).Take(size + 1)
            .Select(e => new EventRow(e.Id, e.Date!.Value, e.DatePrecision, e.Type, e.Status, e.Summary, e.Location, e.HasDateConflict))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var positionRows = await positions.OrderBy(p => p.Date).ThenBy(p => p.Id).Take(size + 1)
            .Select(p => new PositionRow(
                p.Id, p.Date!.Value, p.DatePrecision, p.Side, p.Topic, p.Stance, p.Polarity, p.Holder, p.HolderId,
                p.HolderActor!.Name, p.HolderActor.Country, p.IsAnalysis, p.ArticleId, p.Article!.Title, p.Article.SourceName,
                p.Start, p.End, p.SentenceStart, p.SentenceEnd))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var merged = eventRows.Select(e => new TimelineCursor(e.Date, EntryKind.Event, e.Id))
            .Concat(positionRows.Select(p => new TimelineCursor(p.Date, EntryKind.Position, p.Id)))
            .OrderBy(c => c.Date).ThenBy(c => c.Kind).ThenBy(c => c.Id)
            .Take(size + 1)
            .ToList();
        var next = merged.Count > size ? merged[size - 1] : (TimelineCursor?)null;
        var page = merged.Take(size).ToList();
        var eventIds = page.Where(c => c.Kind == EntryKind.Event).Select(c => c.Id).ToList();
        var positionIds = page.Where(c => c.Kind == EntryKind.Position).Select(c => c.Id).ToHashSet();

        var participants = (await db.EventParticipants.AsNoTracking().Where(p => eventIds.Contains(p.EventId))
                .Select(p => new { p.EventId, Actor = new EntryActor(p.ActorId, p.Actor!.Name, p.Actor.Country) })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(p => p.EventId, p => p.Actor);
        var eventSources = (await db.EventSources.AsNoTracking().Where(s => eventIds.Contains(s.EventId))
                .OrderBy(s => s.Article!.Published).ThenBy(s => s.Id)
                .Select(s => new
                {
                    s.EventId,
                    Source = new EntrySource(
                        s.ArticleId, s.Article!.Title, s.Article.SourceName, s.Start, s.End, s.SentenceStart, s.SentenceEnd,
                        s.Date, s.DatePrecision, "event-" + s.Id),
                })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(s => s.EventId, s => s.Source);

        var pagePositions = positionRows.Where(p => positionIds.Contains(p.Id)).ToList();
        var articleIds = eventSources.SelectMany(g => g).Select(s => s.ArticleId)
            .Concat(pagePositions.Select(p => p.ArticleId))
            .Distinct()
            .ToList();
        var quotesByArticle = (await db.QuoteSources.AsNoTracking().Where(s => articleIds.Contains(s.ArticleId))
                .OrderBy(s => s.Start)
                .Select(s => new QuoteRow(s.Id, s.QuoteId, s.ArticleId, s.Start, s.End, s.Quote!.Text, s.Quote.SpeakerId, s.Quote.Speaker!.Name))
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(q => q.ArticleId);

        IReadOnlyList<EntryQuote> QuotesIn(IEnumerable<EntrySource> sources) => [.. sources
            .SelectMany(source => quotesByArticle[source.ArticleId]
                .Where(q => q.Start < source.PassageEnd && q.End > source.PassageStart))
            .DistinctBy(q => q.QuoteId)
            .Select(q => new EntryQuote(q.QuoteId, q.Id, q.ArticleId, q.Text, q.SpeakerId, q.Speaker))];

        var eventsById = eventRows.ToDictionary(e => e.Id);
        var positionsById = pagePositions.ToDictionary(p => p.Id);
        var entries = page.Select(cursor =>
        {
            if (cursor.Kind == EntryKind.Event)
            {
                var row = eventsById[cursor.Id];
                var actors = participants[row.Id].OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
                var sources = eventSources[row.Id].ToList();
                return new TimelineEntry(
                    EntryKind.Event, row.Id, row.Date, row.Precision ?? DatePrecision.Day, LaneOf(actors), row.Summary, row.Type, row.Status,
                    row.Location, null, 0, null, false, row.HasDateConflict, actors, sources, QuotesIn(sources));
            }

            var position = positionsById[cursor.Id];
            var source = new EntrySource(
                position.ArticleId, position.Title, position.SourceName, position.Start, position.End, position.SentenceStart,
                position.SentenceEnd, position.Date, position.Precision, "position-" + position.Id);
            IReadOnlyList<EntryActor> holder = position.HolderId is { } holderId
                ? [new EntryActor(holderId, position.HolderName ?? position.Holder, position.HolderCountry)]
                : [];
            return new TimelineEntry(
                EntryKind.Position, position.Id, position.Date, position.Precision ?? DatePrecision.Day, position.Side, position.Stance, null,
                null, null, position.Topic, position.Polarity, position.Holder, position.IsAnalysis, false, holder, [source], QuotesIn([source]));
        }).ToList();

        return new TimelinePage(entries, next);
    }

    /// <summary>For each filter, the count each of its values would give with the other filters kept.</summary>
    public static async Task<TimelineFacets> CountFacetsAsync(this DiplomacyDbContext db, TimelineFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        filter = filter with { After = null };

        var anySide = filter with { Side = null };
        var eventLanes = await db.FilterEvents(anySide)
            .Select(e => (e.Participants.Any(p => p.Actor!.Country == UnitedStates) ? 1 : 0) + (e.Participants.Any(p => p.Actor!.Country == Russia) ? 2 : 0))
            .GroupBy(lane => lane)
            .Select(g => new { Lane = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var positionSides = await db.FilterPositions(anySide)
            .GroupBy(p => p.Side)
            .Select(g => new { Side = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var sides = Vocabulary.Sides.Select(side => new FacetCount<Side>(
                side,
                Vocabulary.Label(side),
                eventLanes.Where(l => LaneOf(l.Lane) == side).Sum(l => l.Count) + positionSides.Where(p => p.Side == side).Sum(p => p.Count)))
            .ToList();

        var anyTopic = filter with { Topic = null };
        var positionTopics = await db.FilterPositions(anyTopic)
            .GroupBy(p => p.Topic)
            .Select(g => new { Topic = g.Key, Count = g.Count() })
            .ToDictionaryAsync(t => t.Topic, t => t.Count, cancellationToken).ConfigureAwait(false);

        // Each event once per topic, however many of its sentences' positions are on that topic (FilterEvents' rule).
        var eventsOnAnyTopic = db.FilterEvents(anyTopic);
        var eventTopics = new Dictionary<Topic, int>();
        foreach (var topic in Vocabulary.Topics)
        {
            var topicBit = TopicSets.Of(topic);
            eventTopics[topic] = await eventsOnAnyTopic
                .CountAsync(e => e.Sources.Any(s => (s.SentenceTopics & topicBit) != TopicSet.None), cancellationToken).ConfigureAwait(false);
        }

        var topics = Vocabulary.Topics.Select(t => new FacetCount<Topic>(
                t, Vocabulary.Label(t), positionTopics.GetValueOrDefault(t) + eventTopics.GetValueOrDefault(t)))
            .ToList();

        var typeCounts = await db.FilterEvents(filter with { EventType = null })
            .GroupBy(e => e.Type)
            .Select(g => new { Type = g.Key, Count = g.Count() })
            .ToDictionaryAsync(t => t.Type, t => t.Count, cancellationToken).ConfigureAwait(false);
        var types = Vocabulary.EventTypes.Select(t => new FacetCount<EventType>(t, Vocabulary.Label(t), typeCounts.GetValueOrDefault(t))).ToList();

        var anyActor = filter with { ActorId = null };
        var eventActors = await db.FilterEvents(anyActor)
            .SelectMany(e => e.Participants)
            .GroupBy(p => p.ActorId)
            .Select(g => new { ActorId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var positionActors = await db.FilterPositions(anyActor)
            .Where(p => p.HolderId != null)
            .GroupBy(p => p.HolderId!.Value)
            .Select(g => new { ActorId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var actorCounts = eventActors.Concat(positionActors)
            .GroupBy(a => a.ActorId)
            .Select(g => (ActorId: g.Key, Count: g.Sum(a => a.Count)))
            .OrderByDescending(a => a.Count).ThenBy(a => a.ActorId)
            .Take(MaxActorFacets)
            .ToList();
        if (filter.ActorId is { } selected && actorCounts.TrueForAll(a => a.ActorId != selected))
        {
            actorCounts.Add((selected, eventActors.Concat(positionActors).Where(a => a.ActorId == selected).Sum(a => a.Count)));
        }

        var actorIds = actorCounts.Select(a => a.ActorId).ToList();
        var names = await db.Actors.AsNoTracking().Where(a => actorIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken).ConfigureAwait(false);
        var actors = actorCounts.Where(a => names.ContainsKey(a.ActorId))
            .Select(a => new FacetCount<int>(a.ActorId, names[a.ActorId], a.Count))
            .ToList();

        var total = filter.Side is { } chosen ? sides.Single(s => s.Value == chosen).Count : sides.Sum(s => s.Count);
        return new TimelineFacets(total, sides, topics, types, actors);
    }

    /// <summary>The first and last dated entries, or null for an empty store.</summary>
    public static async Task<DateSpan?> ReadDateSpanAsync(this DiplomacyDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var firstEvent = await db.Events.MinAsync(e => e.Date, cancellationToken).ConfigureAwait(false);
        var lastEvent = await db.Events.MaxAsync(e => e.Date, cancellationToken).ConfigureAwait(false);
        var firstPosition = await db.Positions.MinAsync(p => p.Date, cancellationToken).ConfigureAwait(false);
        var lastPosition = await db.Positions.MaxAsync(p => p.Date, cancellationToken).ConfigureAwait(false);
        DateOnly?[] firsts = [firstEvent, firstPosition];
        DateOnly?[] lasts = [lastEvent, lastPosition];
        var first = firsts.Where(d => d is not null).Min();
        var last = lasts.Where(d => d is not null).Max();
        return first is { } from && last is { } to ? new DateSpan(from, to) : null;
    }

    /// <summary>The lane of an event among these actors: a side's own, or the middle for both sides or neither.</summary>
    public static Side LaneOf(IEnumerable<EntryActor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var list = actors as IReadOnlyCollection<EntryActor> ?? [.. actors];
        return LaneOf((list.Any(a => a.Country == UnitedStates) ? 1 : 0) + (list.Any(a => a.Country == Russia) ? 2 : 0));
    }

    private static Side LaneOf(int sides) => sides switch
    {
        1 => Side.US,
        2 => Side.Russia,
        _ => Side.Both,
    };

    private static IEnumerable<string> LikePatterns(TimelineFilter filter) => filter.Words.Select(word => "%" + word + "%");

    private sealed record EventRow(
        int Id, DateOnly Date, DatePrecision? Precision, EventType Type, EventStatus Status, string Summary, string? Location, bool HasDateConflict);

    private sealed record PositionRow(
        int Id, DateOnly Date, DatePrecision? Precision, Side Side, Topic Topic, string Stance, int Polarity, string Holder, int? HolderId,
        string? HolderName, string? HolderCountry, bool IsAnalysis, int ArticleId, string? Title, string? SourceName,
        int Start, int End, int? SentenceStart, int? SentenceEnd);

    private sealed record QuoteRow(int Id, int QuoteId, int ArticleId, int Start, int End, string Text, int? SpeakerId, string? Speaker);
}
