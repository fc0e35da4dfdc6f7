using System.CommandLine;
using System.Globalization;
using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Pipeline;
using Diplomacy.Data.Import;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Diplomacy.Cli.Commands;

/// <summary><c>reextract --db PATH</c>: rebuilds every article's derived rows from its stored raw text with the current pipeline.</summary>
internal static class ReextractCommand
{
    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var command = new Command("reextract", "Re-run extraction over every stored article (one transaction per article).") { database };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult.GetValue(database)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo databaseFile, CancellationToken cancellationToken)
    {
        var knowledge = KnowledgeBase.LoadDefault();
        var db = await DatabaseOption.OpenAsync(databaseFile, cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var importer = new ArticleImporter(db, ExtractionPipeline.CreateDefault(knowledge), knowledge);
            var articles = await db.Articles.CountAsync(cancellationToken).ConfigureAwait(false);
            IngestSummary? summary = null;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Re-extracting", maxValue: Math.Max(articles, 1));
                    summary = await importer.ReextractAllAsync(_ => task.Increment(1), cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);

            AnsiConsole.MarkupLineInterpolated(
                $"Re-extracted {summary!.Added.ToString(CultureInfo.InvariantCulture)} articles: {summary.Quotes.ToString(CultureInfo.InvariantCulture)} quotes, {summary.Events.ToString(CultureInfo.InvariantCulture)} events; {summary.Failed.ToString(CultureInfo.InvariantCulture)} failed.");
            foreach (var failure in summary.Failures)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]{failure.Name}[/]: {failure.Error} (previous rows kept)");
            }

            return summary.Failed == 0 ? 0 : 1;
        }
    }
}
