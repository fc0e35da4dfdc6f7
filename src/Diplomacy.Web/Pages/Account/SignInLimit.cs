using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Diplomacy.Web.Pages.Account;

/// <summary>
/// Slows password guessing: each client address may post the sign-in form <c>SignInLimit:Attempts</c> times per
/// <c>SignInLimit:WindowSeconds</c> (5 per minute unless configured); further attempts are answered 429 with the wait.
/// Showing the form and every other page are never limited.
/// </summary>
public static class SignInLimit
{
    public const string PolicyName = "sign-in";
    public const string AttemptsKey = "SignInLimit:Attempts";
    public const string WindowSecondsKey = "SignInLimit:WindowSeconds";
    public const int DefaultAttempts = 5;
    public const int DefaultWindowSeconds = 60;

    public static IServiceCollection AddSignInLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var limiter = new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, configuration.GetValue(AttemptsKey, DefaultAttempts)),
            Window = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue(WindowSecondsKey, DefaultWindowSeconds))),

            // A guess is refused at once, never queued to be tried later.
            QueueLimit = 0,
        };
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
                {
                    context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                context.HttpContext.RequestServices.GetRequiredService<ILogger<LoginModel>>()
                    .LogWarning("Refused a sign-in attempt from {Client}: too many attempts.", ClientKey(context.HttpContext.Connection.RemoteIpAddress));

                // The body is left empty so the error pages explain the wait (see ErrorModel).
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(PolicyName, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(http.Connection.RemoteIpAddress), _ => limiter)
                : RateLimitPartition.GetNoLimiter(""));
        });
    }

    /// <summary>
    /// The address whose attempts are counted together. An IPv6 client usually holds a whole /64, so the /64 is
    /// counted as one client; otherwise changing the last bits would reset the count.
    /// </summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString() + "/64";
    }
}
