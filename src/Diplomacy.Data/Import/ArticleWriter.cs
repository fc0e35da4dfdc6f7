using Diplomacy.Core.Knowledge;
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
/// <remarks>
/// The rows go through a <see cref="RowInserter"/>, not the change tracker, and what merging needs to know of the
/// stored actors, quotes and events is remembered across articles, so an article costs the same however large the
/// store has grown. <see cref="Forget"/> drops that memory whenever it may no longer match the database.
/// </remarks>
internal sealed class ArticleWriter(DiplomacyDbContext db, KnowledgeBase knowledge)
{
    private readonly ActorDirectory _actors = new(knowledge);
    private readonly QuoteDirectory _quotes = new();
    private readonly EventDirectory _events = new();
    private readonly RowInserter _rows = new(db);

    public void Forget()
    {
        _actors.Forget();
        _quotes.Forget();
        _events.Forget();
        _rows.Clear();
    }

    /// <summary>Sets the article's own fields from the document, except a title or date an editor corrected.</summary>
    public static void ApplyDocument(Article article, ArticleDocument document)
    {
        var title = document.Title is { } span ? document.ToSource(span) : (Core.Text.TextSpan?)null;
        if (article.TitleSetBy is null)
        {
            article.Title = document.Title is { } titleSpan ? document[titleSpan].Trim() : null;
        }

        article.TitleStart = title?.Start;
        article.TitleEnd = title?.End;
        if (article.PublishedSetBy is null)
        {
            (article.Published, article.PublishedPrecision) = StoredDate.FromPartial(document.Published?.Date);
            article.PublishedConfidence = document.Published?.Confidence;
            article.PublishedEvidence = document.Published is { Evidence.Count: > 0 } published
                ? string.Join('\n', published.Evidence.Select(e => $"\"{e.Phrase}\": {e.Explanation}"))
                : null;
        }

        article.ExtractedAt = DateTime.UtcNow;
    }

    /// <summary>Inserts a new article's row, inside the caller's transaction, and returns its id.</summary>
    public Task<int> InsertArticleAsync(Article article, CancellationToken cancellationToken) => _rows.InsertAsync(article, cancellationToken);

    /// <summary>Stores the derived rows of an article that has an id, inside the caller's transaction; the caller commits.</summary>
    public async Task<(int Quotes, int Events)> AddDerivedRowsAsync(Article article, ArticleDocument document, CancellationToken cancellationToken)
    {
        var actorIds = await _actors.ResolveAsync(db, document, NeededActors(document), cancellationToken).ConfigureAwait(false);
        var sentences = new SentenceLocator(document);
        foreach (var actor in document.Actors.Values)
        {
            _rows.Add(new ArticleActor { ArticleId = article.Id, ActorId = actorIds[actor.Name], Role = actor.Role });
        }

        foreach (var mention in document.Mentions)
        {
            var span = document.ToSource(mention.Span);
            var sentence = sentences.SourceSpanAt(mention.Span.Start);
            _rows.Add(new Mention
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

        await AddQuotesAsync(article, document, actorIds, sentences, cancellationToken).ConfigureAwait(false);
        await AddEventsAsync(article, document, actorIds, sentences, SentenceTopics(document, sentences), cancellationToken).ConfigureAwait(false);
        AddPositions(article, document, actorIds, sentences);

        foreach (var flag in document.Flags)
        {
            var span = document.ToSource(flag.Span);
            _rows.Add(new ArticleFlag { ArticleId = article.Id, Message = flag.Message, Start = span.Start, End = span.End });
        }

        foreach (var repair in document.Repairs)
        {
            _rows.Add(new ArticleRepair
            {
                ArticleId = article.Id,
                Kind = repair.Kind,
                Original = repair.Original,
                Replacement = repair.Replacement,
                Start = repair.SourceSpan.Start,
                End = repair.SourceSpan.End,
            });
        }

        await _rows.FlushAsync(cancellationToken).ConfigureAwait(false);
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

    private async Task AddQuotesAsync(
        Article article, ArticleDocument document, IReadOnlyDictionary<string, int> actorIds,
        SentenceLocator sentences, CancellationToken cancellationToken)
    {
        var keys = document.Quotes.Select(q => MergeKeys.Quote(q.Text, q.Speaker)).ToList();
        await _quotes.LoadAsync(db, keys, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < document.Quotes.Count; i++)
        {
            var quote = document.Quotes[i];
            if (!_quotes.TryGetId(keys[i], out var quoteId))
            {
                quoteId = await _rows.InsertAsync(
                    new Quote { Text = quote.Text, MergeKey = keys[i], SpeakerId = quote.Speaker is null ? null : actorIds[quote.Speaker] },
                    cancellationToken).ConfigureAwait(false);
                _quotes.Add(keys[i], quoteId);
            }

            var span = document.ToSource(quote.Span);
            var cue = quote.CueSpan is { } cueSpan ? document.ToSource(cueSpan) : (Core.Text.TextSpan?)null;
            var sentence = sentences.SourceSpanAt(quote.Span.Start);
            _rows.Add(new QuoteSource
            {
                QuoteId = quoteId,
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

    /// <summary>The topics of the positions coded from each sentence, by the sentence's start in the raw text.</summary>
    private static Dictionary<int, TopicSet> SentenceTopics(ArticleDocument document, SentenceLocator sentences)
    {
        var topics = new Dictionary<int, TopicSet>();
        foreach (var position in document.Positions)
        {
            if (sentences.SourceSpanOf(position.SentenceIndex).Start is { } start)
            {
                topics[start] = topics.GetValueOrDefault(start) | TopicSets.Of(position.Topic);
            }
        }

        return topics;
    }

    private async Task AddEventsAsync(
        Article article, ArticleDocument document, IReadOnlyDictionary<string, int> actorIds,
        SentenceLocator sentences, IReadOnlyDictionary<int, TopicSet> sentenceTopics, CancellationToken cancellationToken)
    {
        var reports = document.Events.Select(e => new EventReport(
            e.Type, MergeKeys.Participants(e.Participants), MergeKeys.Evidence(document, e.Evidence), e.Date)).ToList();
        await _events.LoadAsync(db, reports, cancellationToken).ConfigureAwait(false);

        // Events this article already joined come first, as a second report of the same event usually follows the first.
        var touched = new List<MergedEvent>();
        var joined = new MergedEvent[reports.Count];
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            var merged = touched.Find(e => e.Accepts(report)) ?? _events.Find(report);
            if (merged is null)
            {
                merged = new MergedEvent(NewEvent(document.Events[i], report, actorIds));
                _events.Add(merged);
            }

            if (!touched.Contains(merged))
            {
                touched.Add(merged);
            }

            merged.Add(report, article.Published, article.Id);
            joined[i] = merged;
        }

        foreach (var merged in touched)
        {
            var changed = merged.Settle();
            var (date, precision) = StoredDate.FromPartial(merged.Date);
            if (merged.Unsaved is { } row)
            {
                (row.Date, row.DatePrecision, row.HasDateConflict) = (date, precision, merged.HasDateConflict);
                merged.Inserted(await _rows.InsertAsync(row, cancellationToken).ConfigureAwait(false));
                foreach (var participant in row.Participants)
                {
                    participant.EventId = merged.Id;
                    _rows.Add(participant);
                }
            }
            else if (changed)
            {
                await db.Events.Where(e => e.Id == merged.Id).ExecuteUpdateAsync(
                    setters => setters.SetProperty(e => e.Date, date).SetProperty(e => e.DatePrecision, precision).SetProperty(e => e.HasDateConflict, merged.HasDateConflict),
                    cancellationToken).ConfigureAwait(false);
            }
        }

        for (var i = 0; i < reports.Count; i++)
        {
            var reported = document.Events[i];
            var span = document.ToSource(reported.Evidence);
            var sentence = sentences.SourceSpanOf(reported.SentenceIndex);
            var (date, precision) = StoredDate.FromPartial(reported.Date);
            _rows.Add(new EventSource
            {
                EventId = joined[i].Id,
                ArticleId = article.Id,
                Start = span.Start,
                End = span.End,
                SentenceStart = sentence.Start,
                SentenceEnd = sentence.End,
                SentenceTopics = sentence.Start is { } start ? sentenceTopics.GetValueOrDefault(start) : TopicSet.None,
                Date = date,
                DatePrecision = precision,
                ArticlePublished = article.Published,
                EvidenceKey = reports[i].EvidenceKey,
            });
        }
    }

    private static DiplomaticEvent NewEvent(Core.Model.DiplomaticEvent reported, EventReport report, IReadOnlyDictionary<string, int> actorIds)
    {
        var row = new DiplomaticEvent
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
            row.Participants.Add(new EventParticipant
            {
                ActorId = actorIds[name],
                Role = reported.Sources.Contains(name, StringComparer.Ordinal) ? ParticipantRole.Source : ParticipantRole.Target,
            });
        }

        return row;
    }

    private void AddPositions(Article article, ArticleDocument document, IReadOnlyDictionary<string, int> actorIds, SentenceLocator sentences)
    {
        foreach (var position in document.Positions)
        {
            var span = document.ToSource(position.Evidence);
            var sentence = sentences.SourceSpanOf(position.SentenceIndex);
            var (date, precision) = StoredDate.FromPartial(position.Date);
            _rows.Add(new Position
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
