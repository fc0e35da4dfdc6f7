using System.Globalization;
using Serilog;

namespace Diplomacy.Web.Infrastructure;

public static class StructuredLogging
{
    /// <summary>
    /// Serilog for every log line, with levels from the <c>Serilog</c> configuration section. The logger is built
    /// per host (not a static one) so that several hosts in one test run do not share or dispose each other's.
    /// </summary>
    public static WebApplicationBuilder AddStructuredLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture));
        return builder;
    }
}
