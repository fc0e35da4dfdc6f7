using System.Collections.Concurrent;
using System.Data.Common;
using System.Threading.Channels;
using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;
using Diplomacy.Core.Pipeline;
using Diplomacy.Core.Stages.Repair;
using Diplomacy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Data.Import;

/// <summary>
/// Puts articles into the store: each article, its raw text and all its derived rows in one transaction, so a
/// crash leaves an article either whole or absent. The same text is stored once (content hash).
/// </summary>
/// <remarks>
/// A batch extracts on every core and writes on one: SQLite has one writer at a time anyway, and extraction is
/// the part that scales. While extracted articles wait, the writer puts up to <see cref="GroupSize"/> of them in one
/// transaction, each still whole or absent: a commit writes every page an article touched (a hundred or so, spread
/// over the tables' indexes), and articles stored together share most of those pages. One importer uses one
/// DbContext and is not thread-safe.
/// </remarks>
public sealed class ArticleImporter
{
    private const int ExtractedBacklog = 64;
    private const int GroupSize = 32;

    private readonly DiplomacyDbContext _db;
    private readonly ExtractionPipeline _pipeline;
    private readonly ArticleWriter _writer;

    // The article this importer wrote last: a newer one in the store means another writer was at work, so what the
    // writer remembers of actors, quotes and events may be stale.
    private int? _lastArticleId;

    public ArticleImporter(DiplomacyDbContext db, ExtractionPipeline pipeline, KnowledgeBase knowledge)
    {
        _db = db;
        _pipeline = pipeline;
        _writer = new ArticleWriter(db, knowledge);
    }

    public async Task<ImportResult> ImportAsync(ArticleFile file, ArticleOrigin origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var prepared = Prepare(file, hash => _db.Articles.Any(a => a.ContentHash == hash));
        return prepared.Document is null
            ? prepared.Result!
            : await StoreAsync(file.Name, prepared.Document, prepared.Hash!, origin, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores a document extracted elsewhere (its <see cref="ArticleDocument.Source"/> is the raw text).</summary>
    public Task<ImportResult> StoreAsync(ArticleDocument document, ArticleOrigin origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return StoreAsync(document.FileName, document, ContentHash.Of(document.Source), origin, cancellationToken);
    }

    /// <summary>Ingests many files: extraction in parallel, storage in order of completion, each article whole or not at all.</summary>
    /// <param name="onResult">Called on the calling flow after each article is committed (or has failed), e.g. to advance a progress bar.</param>
    public async Task<IngestSummary> ImportAllAsync(
        IEnumerable<ArticleFile> files, ArticleOrigin origin, Action<ImportResult>? onResult = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var storedHashes = new ConcurrentDictionary<string, bool>(
            await _db.Articles.Select(a => a.ContentHash).ToDictionaryAsync(h => h, _ => true, cancellationToken).ConfigureAwait(false));
        var extracted = Channel.CreateBounded<PreparedArticle>(new BoundedChannelOptions(ExtractedBacklog) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var extraction = Task.Run(() => ExtractAllAsync(files, storedHashes, extracted.Writer, stop.Token), stop.Token);
        var results = new List<ImportResult>();
        var group = new List<PreparedArticle>(GroupSize);
        await _db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _db.PrepareForBulkWritesAsync(cancellationToken).ConfigureAwait(false);
            await foreach (var prepared in extracted.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (prepared.Document is null)
                {
                    Report(prepared.Result!);
                    continue;
                }

                // A group closes when it is full or when no other article is ready, so no result waits for extraction.
                group.Add(prepared);
                if (group.Count == GroupSize || !extracted.Reader.TryPeek(out _))
                {
                    var stored = await StoreGroupAsync(group, origin, cancellationToken).ConfigureAwait(false);
                    for (var i = 0; i < group.Count; i++)
                    {
                        if (stored[i].Outcome == ImportOutcome.Added)
                        {
                            storedHashes.TryAdd(group[i].Hash!, true);
                        }

                        Report(stored[i]);
                    }

                    group.Clear();
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await extraction.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await _db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        return IngestSummary.From(results);

        void Report(ImportResult result)
        {
            results.Add(result);
            onResult?.Invoke(result);
        }
    }

    /// <summary>
    /// Re-runs the pipeline over every stored article's raw text and rebuilds its derived rows, one transaction per
    /// article. An article whose extraction now fails keeps its previous rows.
    /// </summary>
    public async Task<IngestSummary> ReextractAllAsync(Action<ImportResult>? onResult = null, CancellationToken cancellationToken = default)
    {
        var ids = await _db.Articles.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<ImportResult>(ids.Count);
        await _db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _db.PrepareForBulkWritesAsync(cancellationToken).ConfigureAwait(false);
            foreach (var id in ids)
            {
                var result = await ReextractAsync(id, cancellationToken).ConfigureAwait(false);
                results.Add(result);
                onResult?.Invoke(result);
            }
        }
        finally
        {
            await _db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        return IngestSummary.From(results);
    }

    private async Task ExtractAllAsync(
        IEnumerable<ArticleFile> files, ConcurrentDictionary<string, bool> storedHashes, ChannelWriter<PreparedArticle> output, CancellationToken cancellationToken)
    {
        try
        {
            await Parallel.ForEachAsync(
                files,
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                (file, token) => output.WriteAsync(Prepare(file, storedHashes.ContainsKey), token)).ConfigureAwait(false);
            output.Complete();
        }
        catch (Exception exception)
        {
            // Whatever stopped extraction (a cancelled run, a folder that vanished) reaches the writer through the channel.
            output.Complete(exception);
        }
    }

    /// <summary>Reads, decodes and extracts one file; never throws for a bad file, which becomes a failed result.</summary>
    private PreparedArticle Prepare(ArticleFile file, Func<string, bool> isStored)
    {
        try
        {
            var text = ArticleDecoder.Decode(file.ReadContent());
            var hash = ContentHash.Of(text);
            return isStored(hash)
                ? PreparedArticle.Finished(new ImportResult(file.Name, ImportOutcome.AlreadyPresent))
                : new PreparedArticle(file.Name, hash, _pipeline.Process(file.Name, text), null);
        }
        catch (ArticleRejectedException exception)
        {
            return PreparedArticle.Finished(new ImportResult(file.Name, ImportOutcome.Failed, Error: exception.Message));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return PreparedArticle.Finished(new ImportResult(file.Name, ImportOutcome.Failed, Error: "The file cannot be read: " + exception.Message));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A pipeline fault on one odd article must not stop a batch of thousands; the message names it.
            return PreparedArticle.Finished(new ImportResult(
                file.Name, ImportOutcome.Failed, Error: $"Extraction failed ({exception.GetType().Name}): {exception.Message}"));
        }
    }

    private async Task<ImportResult> StoreAsync(string name, ArticleDocument document, string hash, ArticleOrigin origin, CancellationToken cancellationToken)
    {
        // A second attempt covers a row another process added meanwhile (an actor, a quote): it is then read, not inserted.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryStoreAsync(name, document, hash, origin, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is DbUpdateException or DbException)
            {
                Forget();
                if (attempt == 2)
                {
                    return new ImportResult(name, ImportOutcome.Failed, Error: "The database refused the article: " + (exception.InnerException ?? exception).Message);
                }
            }
            catch
            {
                Forget();
                throw;
            }
        }
    }

    private async Task<ImportResult> TryStoreAsync(string name, ArticleDocument document, string hash, ArticleOrigin origin, CancellationToken cancellationToken)
    {
        var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var result = await WriteAsync(name, document, hash, origin, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
    }

    /// <summary>Stores a group of extracted articles in one transaction; if the database refuses any, each goes again alone.</summary>
    internal async Task<List<ImportResult>> StoreGroupAsync(List<PreparedArticle> group, ArticleOrigin origin, CancellationToken cancellationToken = default)
    {
        try
        {
            var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var results = new List<ImportResult>(group.Count);
                foreach (var prepared in group)
                {
                    results.Add(await WriteAsync(prepared.Name, prepared.Document!, prepared.Hash!, origin, cancellationToken).ConfigureAwait(false));
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return results;
            }
        }
        catch (Exception exception) when (exception is DbUpdateException or DbException)
        {
            // One article the database refuses must not take the rest of its group down with it.
            Forget();
            var results = new List<ImportResult>(group.Count);
            foreach (var prepared in group)
            {
                results.Add(await StoreAsync(prepared.Name, prepared.Document!, prepared.Hash!, origin, cancellationToken).ConfigureAwait(false));
            }

            return results;
        }
        catch
        {
            Forget();
            throw;
        }
    }

    /// <summary>Adds one article and its derived rows inside the current transaction, unless the same text is stored already.</summary>
    private async Task<ImportResult> WriteAsync(string name, ArticleDocument document, string hash, ArticleOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (await _db.Articles.AnyAsync(a => a.ContentHash == hash, cancellationToken).ConfigureAwait(false))
        {
            return new ImportResult(name, ImportOutcome.AlreadyPresent);
        }

        if (await _db.Articles.MaxAsync(a => (int?)a.Id, cancellationToken).ConfigureAwait(false) != _lastArticleId)
        {
            _writer.Forget();
        }

        var article = new Article
        {
            FileName = name,
            RawText = document.Source,
            ContentHash = hash,
            AddedAt = DateTime.UtcNow,
            AddedBy = origin.AddedBy,
            SourceName = origin.SourceName,
            Url = origin.Url,
        };
        ArticleWriter.ApplyDocument(article, document);
        article.Id = await _writer.InsertArticleAsync(article, cancellationToken).ConfigureAwait(false);
        _lastArticleId = article.Id;
        var (quotes, events) = await _writer.AddDerivedRowsAsync(article, document, cancellationToken).ConfigureAwait(false);
        _db.ChangeTracker.Clear();
        return new ImportResult(name, ImportOutcome.Added, article.Id, quotes, events);
    }

    private async Task<ImportResult> ReextractAsync(int articleId, CancellationToken cancellationToken)
    {
        var source = await _db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.FileName, a.RawText }).SingleAsync(cancellationToken).ConfigureAwait(false);
        ArticleDocument document;
        try
        {
            document = _pipeline.Process(source.FileName, source.RawText);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new ImportResult(source.FileName, ImportOutcome.Failed, articleId, Error: $"Extraction failed ({exception.GetType().Name}): {exception.Message}");
        }

        try
        {
            return await RebuildAsync(articleId, source.FileName, document, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Forget();
            throw;
        }
    }

    private async Task<ImportResult> RebuildAsync(int articleId, string name, ArticleDocument document, CancellationToken cancellationToken)
    {
        var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var quoteIds = await _db.QuoteSources.Where(s => s.ArticleId == articleId).Select(s => s.QuoteId).Distinct()
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var eventIds = await _db.EventSources.Where(s => s.ArticleId == articleId).Select(s => s.EventId).Distinct()
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            await _db.QuoteSources.Where(s => s.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            await _db.EventSources.Where(s => s.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            await _db.Mentions.Where(m => m.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            await _db.Positions.Where(p => p.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            await _db.ArticleActors.Where(a => a.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            await _db.ArticleFlags.Where(f => f.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            await _db.ArticleRepairs.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            await _db.Quotes.Where(q => quoteIds.Contains(q.Id) && !q.Sources.Any()).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            await _db.Events.Where(e => eventIds.Contains(e.Id) && !e.Sources.Any()).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);

            // Events other articles still report may have lost the reading that set their date.
            var remaining = await _db.Events.Where(e => eventIds.Contains(e.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
            var readings = await EventMerger.ReadingsAsync(_db, eventIds, cancellationToken).ConfigureAwait(false);
            foreach (var stored in remaining)
            {
                var (date, hasConflict) = EventMerger.Settle([.. readings[stored.Id]]);
                (stored.Date, stored.DatePrecision) = StoredDate.FromPartial(date);
                stored.HasDateConflict = hasConflict;
            }

            var article = await _db.Articles.SingleAsync(a => a.Id == articleId, cancellationToken).ConfigureAwait(false);
            ArticleWriter.ApplyDocument(article, document);
            await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

            // What the writer remembers of quotes and events predates the deletions above.
            _writer.Forget();
            var (quotes, events) = await _writer.AddDerivedRowsAsync(article, document, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            _db.ChangeTracker.Clear();
            return new ImportResult(name, ImportOutcome.Added, articleId, quotes, events);
        }
    }

    /// <summary>After a rollback nothing in memory can be trusted to match the database.</summary>
    private void Forget()
    {
        _db.ChangeTracker.Clear();
        _writer.Forget();
    }
}
