using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Data.Import;

/// <summary>
/// Remembers the id of every quote merge key met in an ingest run, so an article asks the database only about keys
/// never met before. <see cref="Forget"/> drops that memory after a rolled-back article.
/// </summary>
internal sealed class QuoteDirectory
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public void Forget() => _ids.Clear();

    /// <summary>Looks up, in one query, the keys not met yet (seeks on the unique merge-key index).</summary>
    public async Task LoadAsync(DiplomacyDbContext db, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var unknown = keys.Where(k => !_ids.ContainsKey(k)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var stored = await db.Quotes.Where(q => unknown.Contains(q.MergeKey)).Select(q => new { q.MergeKey, q.Id })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var quote in stored)
        {
            _ids[quote.MergeKey] = quote.Id;
        }
    }

    public bool TryGetId(string key, out int id) => _ids.TryGetValue(key, out id);

    public void Add(string key, int id) => _ids.Add(key, id);
}
