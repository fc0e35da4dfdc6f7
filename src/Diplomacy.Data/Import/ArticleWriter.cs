using Diplomacy.Core.Model;
using Diplomacy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using ArticleActor = Diplomacy.Data.Entities.ArticleActor;
using DiplomaticEvent = Diplomacy.Data.Entities.DiplomaticEvent;
using Position = Diplomacy.Data.Entities.Position;
using Quote = Diplomacy.Data.Entities.Quote;

namespace Diplomacy.Data.Import;

/// <summary>
/// Turns one extracted document into rows: the article's own fields, its actors, mentions, quotes and events
/// (merged with those other articles reported), positions, flags and repairs. Every span is stored in the
/// coordinates of the raw text, with the span of its sentence beside it.
/// </summary>
internal sealed class ArticleWriter(ActorDirectory actors)
{
    public static void ApplyDocument(Article article, ArticleDocument document)
    {
        var title = document.Title is { } span ? document.ToSource(span) : (Core.Text.TextSpan?)null;
        article.Title = document.Title is { } titleSpan ? document[titleSpan].Trim() : null;
        article.TitleStart = title?.Start;
        article.TitleEnd = title?.End;
        (article.Published, article.PublishedPrecision) = StoredDate.FromPartial(document.Published?.Date);
        article.PublishedConfidence = document.Published?.Confidence;
        article.PublishedEvidence = document.Published is { Evidence.Count: > 0 } published
            ? string.Join('\n', published.Evidence.Select(e => $"\"{e.Phrase}\": {e.Explanation}"))
            : null;
        article.ExtractedAt = DateTime.UtcNow;
    }

    /// <summary>Adds the derived rows of an article that has an id; the caller saves and commits.</summary>
    public async Task<(int Quotes, int Events)> AddDerivedRowsAsync(
        DiplomacyDbContext db, Article article, ArticleDocument document, CancellationToken cancellationToken)
    {
        var actorIds = await actors.ResolveAsync(db, document, NeededActors(document), cancellationToken).ConfigureAwait(false);
        var sentences = new SentenceLocator(document);

        foreach (var actor in document.Actors.Values)
        {
            db.ArticleActors.Add(new ArticleActor { ArticleId = article.Id, ActorId = actorIds[actor.Name], Role = actor.Role });
        }

        foreach (var mention in document.Mentions)
        {
            var span = document.ToSource(mention.Span);
            var sentence = sentences.SourceSpanAt(mention.Span.Start);
            db.Mentions.Add(new Mention
            {
                ArticleId = article.Id,
                ActorId = actorIds[mention.ActorName],
                Surface = mention.Surface,
                Kind = mention.Kind,
                Start = span.Start,
                End = span.End,
                SentenceStart = sentence.Start,
                SentenceEnd = sentence.End,
            });
        }

        await AddQuotesAsync(db, article, document, actorIds, sentences, cancellationToken).ConfigureAwait(false);
        await AddEventsAsync(db, article, document, actorIds, sentences, cancellationToken).ConfigureAwait(false);
        AddPositions(db, article, document, actorIds, sentences);

        foreach (var flag in document.Flags)
        {
            var span = document.ToSource(flag.Span);
            db.ArticleFlags.Add(new ArticleFlag { ArticleId = article.Id, Message = flag.Message, Start = span.Start, End = span.End });
        }

        foreach (var repair in document.Repairs)
        {
            db.ArticleRepairs.Add(new ArticleRepair
            {
                ArticleId = article.Id,
                Kind = repair.Kind,
                Original = repair.Original,
                Replacement = repair.Replacement,
                Start = repair.SourceSpan.Start,
                End = repair.SourceSpan.End,
            });
        }

        return (document.Quotes.Count, document.Events.Count);
    }

    /// <summary>Every actor name the rows will point at, with the type to give a name nothing else describes.</summary>
    private static Dictionary<string, ActorType> NeededActors(ArticleDocument document)
    {
        var needed = new Dictionary<string, ActorType>(StringComparer.Ordinal);
        foreach (var actor in document.Actors.Values)
        {
            needed[actor.Name] = actor.Type;
        }

        // A speaker or a mention the recognizer did not register is most likely a person; an event party, a group.
        foreach (var name in document.Mentions.Select(m => m.ActorName).Concat(document.Quotes.Select(q => q.Speaker).OfType<string>()))
        {
            needed.TryAdd(name, ActorType.Person);
        }

        foreach (var name in document.Events.SelectMany(e => e.Participants))
        {
            needed.TryAdd(name, ActorType.Group);
        }

        return needed;
    }

    private static async Task AddQuotesAsync(
        DiplomacyDbContext db, Article article, ArticleDocument document, IReadOnlyDictionary<string, int> actorIds,
        SentenceLocator sentences, CancellationToken cancellationToken)
    {
        var keys = document.Quotes.Select(q => MergeKeys.Quote(q.Text, q.Speaker)).ToList();
        var distinctKeys = keys.Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Quotes.Where(q => distinctKeys.Contains(q.MergeKey))
            .ToDictionaryAsync(q => q.MergeKey, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < document.Quotes.Count; i++)
        {
            var quote = document.Quotes[i];
            if (!known.TryGetValue(keys[i], out var stored))
            {
                stored = new Quote
                {
                    Text = quote.Text,
                    MergeKey = keys[i],
                    SpeakerId = quote.Speaker is null ? null : actorIds[quote.Speaker],
                };
                db.Quotes.Add(stored);
                known.Add(keys[i], stored);
            }

            var span = document.ToSource(quote.Span);
            var cue = quote.CueSpan is { } cueSpan ? document.ToSource(cueSpan) : (Core.Text.TextSpan?)null;
            var sentence = sentences.SourceSpanAt(quote.Span.Start);
            stored.Sources.Add(new QuoteSource
            {
                ArticleId = article.Id,
                Start = span.Start,
                End = span.End,
                SentenceStart = sentence.Start,
                SentenceEnd = sentence.End,
                Attribution = quote.Attribution,
                Cue = quote.Cue,
                CueStart = cue?.Start,
                CueEnd = cue?.End,
                IsNested = quote.ParentIndex is not null,
            });
        }
    }

    private static async Task AddEventsAsync(
        DiplomacyDbContext db, Article article, ArticleDocument document, IReadOnlyDictionary<string, int> actorIds,
        SentenceLocator sentences, CancellationToken cancellationToken)
    {
        var touched = new List<MergedEvent>();
        foreach (var reported in document.Events)
        {
            var report = new EventReport(
                reported.Type,
                MergeKeys.Participants(reported.Participants),
                MergeKeys.Evidence(document, reported.Evidence),
                reported.Date);
            var merged = touched.Find(e => e.Accepts(report));
            if (merged is null)
            {
                var loaded = touched.Where(e => e.Event.Id > 0).Select(e => e.Event.Id).ToList();
                var candidates = await EventMerger.CandidatesAsync(db, report, loaded, cancellationToken).ConfigureAwait(false);
                merged = candidates.Find(e => e.Accepts(report)) ?? new MergedEvent(NewEvent(db, reported, report, actorIds), []);
                touched.Add(merged);
            }

            merged.Add(report, article.Published, article.Id);
            var span = document.ToSource(reported.Evidence);
            var sentence = sentences.SourceSpanOf(reported.SentenceIndex);
            var (date, precision) = StoredDate.FromPartial(reported.Date);
            merged.Event.Sources.Add(new EventSource
            {
                ArticleId = article.Id,
                Start = span.Start,
                End = span.End,
                SentenceStart = sentence.Start,
                SentenceEnd = sentence.End,
                Date = date,
                DatePrecision = precision,
                ArticlePublished = article.Published,
                EvidenceKey = report.EvidenceKey,
            });
        }

        foreach (var merged in touched)
        {
            merged.Settle();
        }
    }

    private static DiplomaticEvent NewEvent(DiplomacyDbContext db, Core.Model.DiplomaticEvent reported, EventReport report, IReadOnlyDictionary<string, int> actorIds)
    {
        var stored = new DiplomaticEvent
        {
            Type = reported.Type,
            CameoCode = reported.CameoCode,
            Goldstein = reported.Goldstein,
            Status = reported.Status,
            Summary = reported.Summary,
            Location = reported.Location,
            ParticipantKey = report.ParticipantKey,
        };
        foreach (var name in reported.Participants)
        {
            stored.Participants.Add(new EventParticipant
            {
                ActorId = actorIds[name],
                Role = reported.Sources.Contains(name, StringComparer.Ordinal) ? ParticipantRole.Source : ParticipantRole.Target,
            });
        }

        db.Events.Add(stored);
        return stored;
    }

    private static void AddPositions(
        DiplomacyDbContext db, Article article, ArticleDocument document, IReadOnlyDictionary<string, int> actorIds, SentenceLocator sentences)
    {
        foreach (var position in document.Positions)
        {
            var span = document.ToSource(position.Evidence);
            var sentence = sentences.SourceSpanOf(position.SentenceIndex);
            var (date, precision) = StoredDate.FromPartial(position.Date);
            db.Positions.Add(new Position
            {
                ArticleId = article.Id,
                Side = position.Side,
                Topic = position.Topic,
                Stance = position.Stance,
                Polarity = position.Polarity,
                Holder = position.Holder,
                HolderId = actorIds.TryGetValue(position.Holder, out var holderId) ? holderId : null,
                Date = date,
                DatePrecision = precision,
                IsAnalysis = position.IsAnalysis,
                Start = span.Start,
                End = span.End,
                SentenceStart = sentence.Start,
                SentenceEnd = sentence.End,
            });
        }
    }
}
