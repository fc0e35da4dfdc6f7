using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Pipeline;
using Diplomacy.Data;
using Diplomacy.Data.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Benchmarks;

/// <summary>
/// Ingests 10,000 generated articles into a fresh SQLite file through the CLI's path: extraction, merging, each article whole or absent.
/// Articles per second = <see cref="Articles"/> / mean time of one operation.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2, invocationCount: 1)]
public class StoreIngest
{
    public const int Articles = 10_000;

    private KnowledgeBase _knowledge = null!;
    private ExtractionPipeline _pipeline = null!;
    private IReadOnlyList<ArticleFile> _files = [];
    private string _folder = "";

    [GlobalSetup]
    public void Setup()
    {
        _knowledge = KnowledgeBase.LoadDefault();
        _pipeline = ExtractionPipeline.CreateDefault(_knowledge);
        _files = GeneratedArticles.Create(Articles);
    }

    [IterationSetup]
    public void CreateDatabase()
    {
        _folder = Directory.CreateTempSubdirectory("diplomacy-bench-").FullName;
        using var db = Open();
        db.Database.Migrate();
    }

    [IterationCleanup]
    public void DeleteDatabase()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public async Task<int> IngestGeneratedArticles()
    {
        await using var db = Open();
        var summary = await new ArticleImporter(db, _pipeline, _knowledge).ImportAllAsync(_files, new ArticleOrigin("benchmark"));
        if (summary.Added != Articles)
        {
            throw new InvalidOperationException($"Only {summary.Added} of {Articles} articles were stored; {summary.Failed} failed.");
        }

        return summary.Added;
    }

    private DiplomacyDbContext Open() => DiplomacyStore.CreateContext(StoreOptions.ForSqliteFile(Path.Combine(_folder, "bench.db")));
}
