using Diplomacy.Data.Tests.Engines;
using Diplomacy.Data.Tests.Support;

namespace Diplomacy.Data.Tests;

public sealed class IngestCommandTests : IAsyncDisposable
{
    private readonly SqliteEngine _engine = new();

    public ValueTask DisposeAsync() => _engine.DisposeAsync();

    [Fact]
    public async Task Ingest_then_stats_prints_the_counts_and_a_second_ingest_changes_none()
    {
        var (firstExit, first) = await CliProcess.RunAsync("ingest", "--db", _engine.Path, Seeds.Folder);
        var (_, statsAfterFirst) = await CliProcess.RunAsync("stats", "--db", _engine.Path);
        var (secondExit, second) = await CliProcess.RunAsync("ingest", "--db", _engine.Path, Seeds.Folder);
        var (_, statsAfterSecond) = await CliProcess.RunAsync("stats", "--db", _engine.Path);

        firstExit.Should().Be(0, first);
        first.Should().MatchRegex(@"Articles new\W+5\W", first);
        statsAfterFirst.Should().MatchRegex(@"Articles\W+5\W", statsAfterFirst);
        secondExit.Should().Be(0, second);
        second.Should().MatchRegex(@"Articles new\W+0\W").And.MatchRegex(@"already present\W+5\W", second);
        statsAfterSecond.Should().Be(statsAfterFirst);
    }

    [Fact]
    public async Task Ingest_names_each_file_it_could_not_store_and_exits_with_failure()
    {
        var empty = Path.Combine(_engine.Folder, "empty.txt");
        await File.WriteAllTextAsync(empty, "");

        var (exitCode, output) = await CliProcess.RunAsync("ingest", "--db", _engine.Path, empty, Seeds.Paths[0]);

        exitCode.Should().Be(1);
        output.Should().MatchRegex(@"Articles failed\W+1\W").And.Contain("empty.txt").And.Contain("empty");
    }
}
