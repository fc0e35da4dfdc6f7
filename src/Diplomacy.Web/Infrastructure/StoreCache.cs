using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Diplomacy.Web.Infrastructure;

/// <summary>
/// The store changes only when articles are added or corrected, so anonymous reads are served from memory: whole
/// responses from the output cache (policy <see cref="PolicyName"/>), and costly aggregates such as the timeline's
/// facet counts, which every page of one filter shares, from the memory cache. An editor's change empties both at
/// once; a change made by another process (the CLI's ingest) shows within the lifetime, <c>OutputCache:Seconds</c>
/// (60 unless configured; 0 turns caching off).
/// </summary>
public sealed class StoreCache : IDisposable
{
    public const string PolicyName = "store";
    public const string SecondsKey = "OutputCache:Seconds";
    public const int DefaultSeconds = 60;

    internal const string Tag = "store";

    private readonly IOutputCacheStore _responses;
    private readonly IMemoryCache _values;
    private CancellationTokenSource _generation = new();

    public StoreCache(IOutputCacheStore responses, IMemoryCache values, IConfiguration configuration)
    {
        _responses = responses;
        _values = values;
        Lifetime = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue(SecondsKey, DefaultSeconds)));
    }

    public TimeSpan Lifetime { get; }

    /// <summary>The value cached under <paramref name="key"/>, computed and kept for the lifetime when missing.</summary>
    public async Task<T> GetOrComputeAsync<T>(object key, Func<Task<T>> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (Lifetime == TimeSpan.Zero)
        {
            return await compute().ConfigureAwait(false);
        }

        if (_values.TryGetValue(key, out T? cached))
        {
            return cached!;
        }

        var value = await compute().ConfigureAwait(false);
        using var entry = _values.CreateEntry(key);
        entry.Value = value;
        entry.Size = 1;
        entry.AbsoluteExpirationRelativeToNow = Lifetime;
        entry.AddExpirationToken(new CancellationChangeToken(Volatile.Read(ref _generation).Token));
        return value;
    }

    /// <summary>Forgets every cached response and value: the next read sees the change.</summary>
    public async ValueTask StoreChangedAsync(CancellationToken cancellationToken)
    {
        var previous = Interlocked.Exchange(ref _generation, new CancellationTokenSource());
        await previous.CancelAsync().ConfigureAwait(false);
        previous.Dispose();
        await _responses.EvictByTagAsync(Tag, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _generation.Dispose();
}
