using Microsoft.AspNetCore.OutputCaching;

namespace Diplomacy.Web.Infrastructure;

public static class StoreCacheRegistration
{
    /// <summary>The output cache policy <see cref="StoreCache.PolicyName"/>, the memory cache and <see cref="StoreCache"/>.</summary>
    public static IServiceCollection AddStoreCache(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue(StoreCache.SecondsKey, StoreCache.DefaultSeconds);
        services.AddMemoryCache(options => options.SizeLimit = 10_000);
        services.AddSingleton<StoreCache>();
        return services.AddOutputCache(options => options.AddPolicy(StoreCache.PolicyName, policy =>
        {
            if (seconds > 0)
            {
                policy.Expire(TimeSpan.FromSeconds(seconds)).SetVaryByQuery("*").Tag(StoreCache.Tag);
            }
            else
            {
                policy.NoCache();
            }
        }));
    }
}
