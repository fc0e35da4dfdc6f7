using Xunit.Abstractions;
using Xunit.Sdk;

namespace Diplomacy.Data.Tests.Engines;

public sealed class EngineFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public const string SkipReason = $"PostgreSQL tests need {PostgresEngine.ConnectionStringVariable} (e.g. from `source .ci/start-postgres.sh`).";

    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        var needsServer = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any();
        return needsServer && PostgresEngine.ServerConnectionString is null
            ? new XunitSkippedDataRowTestCase(
                DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, SkipReason)
            : base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
    }
}
