using Microsoft.AspNetCore.OutputCaching;

namespace Diplomacy.Web.Infrastructure;

/// <summary>
/// Anonymous reads of the store are served from memory: the data changes only when articles are added or
/// corrected. An editor's change evicts every cached page at once; changes made by another process (the CLI's
/// ingest) show within <see cref="Lifetime"/>.
/// </summary>
public static class StoreOutputCache
{
    public const string PolicyName = "store";

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private const string Tag = "store";

    public static IServiceCollection AddStoreOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(options => options.AddPolicy(PolicyName, policy => policy.Expire(Lifetime).SetVaryByQuery("*").Tag(Tag)));

    public static ValueTask EvictAsync(IOutputCacheStore cache, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cache);
        return cache.EvictByTagAsync(Tag, cancellationToken);
    }
}
