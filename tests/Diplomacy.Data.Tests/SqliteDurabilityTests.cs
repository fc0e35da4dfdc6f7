using System.Globalization;
using System.Text;
using Diplomacy.Data.Import;
using Diplomacy.Data.Tests.Engines;
using Diplomacy.Data.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Data.Tests;

public sealed class SqliteDurabilityTests : IAsyncDisposable
{
    private readonly SqliteEngine _engine = new();

    public ValueTask DisposeAsync() => _engine.DisposeAsync();

    [Fact]
    public async Task Every_connection_uses_WAL_and_a_busy_timeout_so_a_reader_never_waits_for_the_writer()
    {
        await _engine.MigrateAsync();
        await using var writer = _engine.CreateContext();
        await using var reader = _engine.CreateContext();
        await writer.Database.OpenConnectionAsync();

        (await Pragma(writer, "journal_mode")).Should().Be("wal");
        (await Pragma(writer, "busy_timeout")).Should().Be("30000");
        await using var transaction = await writer.Database.BeginTransactionAsync();
        await writer.Database.ExecuteSqlAsync($"INSERT INTO Actors (Name, Type, IsKnown, IsAnalyst) VALUES ('Pending', 'Person', 0, 0)");
        var readStarted = DateTime.UtcNow;
        var seenByReader = await reader.Actors.CountAsync();

        seenByReader.Should().Be(0, "the reader sees the last commit, not the open transaction");
        (DateTime.UtcNow - readStarted).Should().BeLessThan(TimeSpan.FromSeconds(5), "the reader did not wait for the writer");
    }

    [Fact]
    public async Task Every_connection_reads_through_a_memory_map_so_pooled_readers_share_one_cached_copy_of_the_file()
    {
        await _engine.MigrateAsync();
        await using var reader = _engine.CreateContext();
        await reader.Database.OpenConnectionAsync();

        (await Pragma(reader, "mmap_size")).Should().Be(SqliteConnectionSettings.MemoryMapBytes.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_killed_ingest_leaves_a_sound_database_with_every_article_whole_and_can_resume()
    {
        const int Articles = 600;
        var folder = Path.Combine(_engine.Folder, "articles");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < Articles; i++)
        {
            var seed = await File.ReadAllTextAsync(Seeds.Paths[i % Seeds.Paths.Count]);
            await File.WriteAllTextAsync(Path.Combine(folder, $"{i:D4}.txt"), $"{seed}\n\nCopy {i} of this report.\n");
        }

        var output = new StringBuilder();
        using (var ingest = CliProcess.Start(output, "ingest", "--db", _engine.Path, folder))
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (CountArticles() < 10 && !ingest.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            ingest.Kill(entireProcessTree: true);
            await ingest.WaitForExitAsync();
        }

        var stored = CountArticles();
        stored.Should().BeInRange(10, Articles - 1, "the ingest is killed part-way (output: {0})", output);
        await using (var db = _engine.CreateContext())
        {
            await db.Database.OpenConnectionAsync();
            (await Pragma(db, "integrity_check")).Should().Be("ok");
            foreach (var article in await db.Articles.AsNoTracking().Select(a => new { a.Id, a.FileName, a.RawText }).ToListAsync())
            {
                var expected = TestPipeline.Default.Process(article.FileName, article.RawText);
                new
                {
                    Actors = await db.ArticleActors.CountAsync(a => a.ArticleId == article.Id),
                    Mentions = await db.Mentions.CountAsync(m => m.ArticleId == article.Id),
                    Quotes = await db.QuoteSources.CountAsync(s => s.ArticleId == article.Id),
                    Events = await db.EventSources.CountAsync(s => s.ArticleId == article.Id),
                    Positions = await db.Positions.CountAsync(p => p.ArticleId == article.Id),
                }.Should().BeEquivalentTo(
                    new { Actors = expected.Actors.Count, Mentions = expected.Mentions.Count, Quotes = expected.Quotes.Count, Events = expected.Events.Count, Positions = expected.Positions.Count },
                    "article {0} is stored whole or not at all", article.FileName);
            }
        }

        var (exitCode, resumed) = await CliProcess.RunAsync("ingest", "--db", _engine.Path, folder);
        exitCode.Should().Be(0, resumed);
        CountArticles().Should().Be(Articles);
    }

    [Fact]
    public async Task An_article_the_database_refuses_fails_alone_and_the_rest_of_its_group_is_stored_as_without_it()
    {
        await _engine.MigrateAsync();
        await using var reference = new SqliteEngine();
        await reference.MigrateAsync();
        await using var db = _engine.CreateContext();
        await using var referenceDb = reference.CreateContext();
        // Refused half-way through the article, after its own row and some of its derived rows.
        await db.Database.ExecuteSqlRawAsync(
            """
            CREATE TRIGGER refuse_for_test BEFORE INSERT ON Positions
            WHEN (SELECT FileName FROM Articles WHERE Id = new.ArticleId) = 'refused.txt'
            BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
            """);
        var refusedText = await File.ReadAllTextAsync(Seeds.Paths[0]) + "\nA copy the database refuses.\n";
        List<PreparedArticle> group =
        [
            .. Seeds.Paths.Take(2).Select(path => Prepared(Path.GetFileName(path), File.ReadAllText(path))),
            Prepared("refused.txt", refusedText),
            .. Seeds.Paths.Skip(2).Select(path => Prepared(Path.GetFileName(path), File.ReadAllText(path))),
        ];

        var results = await TestPipeline.ImporterFor(db).StoreGroupAsync(group, TestPipeline.Origin);
        await TestPipeline.ImporterFor(referenceDb).ImportAllAsync(Seeds.Files, TestPipeline.Origin);

        results.Should().ContainSingle(
                r => r.Outcome == ImportOutcome.Failed,
                "only the refused article fails, not: {0}",
                string.Join("; ", results.Where(r => r.Outcome == ImportOutcome.Failed).Select(r => $"{r.Name} ({r.Error})"))).Which.Should().Match<ImportResult>(r => r.Name == "refused.txt" && r.Error!.Contains("refused for the test"));
        results.Count(r => r.Outcome == ImportOutcome.Added).Should().Be(Seeds.Paths.Count);
        (await StoreSnapshot.TakeAsync(db)).Should().Equal(await StoreSnapshot.TakeAsync(referenceDb));

        static PreparedArticle Prepared(string name, string text) => new(name, ContentHash.Of(text), TestPipeline.Default.Process(name, text), null);
    }

    private int CountArticles()
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={_engine.Path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM Articles";
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    private static async Task<string?> Pragma(DiplomacyDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
