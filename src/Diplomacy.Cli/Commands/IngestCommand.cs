using System.CommandLine;
using System.Globalization;
using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Pipeline;
using Diplomacy.Data.Import;
using Spectre.Console;

namespace Diplomacy.Cli.Commands;

/// <summary><c>ingest --db PATH FILE|DIR...</c>: stores articles and what they say; articles already stored are skipped.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Article files, or folders of *.txt articles." };
        var command = new Command("ingest", "Store articles with their quotes, events and positions; the same text is stored once.") { database, paths };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult.GetValue(database)!, parseResult.GetValue(paths)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo databaseFile, string[] paths, CancellationToken cancellationToken)
    {
        var files = paths.SelectMany(Expand).ToList();
        var knowledge = KnowledgeBase.LoadDefault();
        var db = await DatabaseOption.OpenAsync(databaseFile, cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var importer = new ArticleImporter(db, ExtractionPipeline.CreateDefault(knowledge), knowledge);
            var origin = new ArticleOrigin("cli:" + Environment.UserName);
            IngestSummary? summary = null;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Ingesting", maxValue: Math.Max(files.Count, 1));
                    summary = await importer.ImportAllAsync(files, origin, _ => task.Increment(1), cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);

            Print(summary!, databaseFile);
            return summary!.Failed == 0 ? 0 : 1;
        }
    }

    /// <summary>A folder stands for every <c>*.txt</c> under it, in name order; anything else is taken as a file.</summary>
    private static IEnumerable<ArticleFile> Expand(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(ArticleFile.FromPath)
            : [ArticleFile.FromPath(path)];

    private static void Print(IngestSummary summary, FileInfo databaseFile)
    {
        var table = new Table().AddColumn("Ingest").AddColumn(new TableColumn("Count").RightAligned());
        table.AddRow("Articles new", summary.Added.ToString(CultureInfo.InvariantCulture));
        table.AddRow("Articles already present", summary.AlreadyPresent.ToString(CultureInfo.InvariantCulture));
        table.AddRow("Articles failed", summary.Failed.ToString(CultureInfo.InvariantCulture));
        table.AddRow("Quotes", summary.Quotes.ToString(CultureInfo.InvariantCulture));
        table.AddRow("Events", summary.Events.ToString(CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        foreach (var failure in summary.Failures)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{failure.Name}[/]: {failure.Error}");
        }

        AnsiConsole.MarkupLineInterpolated($"Database: {databaseFile.FullName}");
    }
}
