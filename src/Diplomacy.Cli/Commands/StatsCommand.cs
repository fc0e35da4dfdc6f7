using System.CommandLine;
using System.Globalization;
using Diplomacy.Data;
using Spectre.Console;

namespace Diplomacy.Cli.Commands;

/// <summary><c>stats --db PATH</c>: prints the store's row counts.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var command = new Command("stats", "Print how many articles, actors, quotes, events and positions the store holds.") { database };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult.GetValue(database)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo databaseFile, CancellationToken cancellationToken)
    {
        var db = await DatabaseOption.OpenAsync(databaseFile, cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var stats = await StoreStatistics.CollectAsync(db, cancellationToken).ConfigureAwait(false);
            var table = new Table().AddColumn("Rows").AddColumn(new TableColumn("Count").RightAligned());
            foreach (var (label, count) in new (string, int)[]
            {
                ("Articles", stats.Articles),
                ("Actors", stats.Actors),
                ("Actor aliases", stats.Aliases),
                ("Mentions", stats.Mentions),
                ("Quotes", stats.Quotes),
                ("Quote sources", stats.QuoteSources),
                ("Events", stats.Events),
                ("Event sources", stats.EventSources),
                ("Events with conflicting dates", stats.EventsWithDateConflict),
                ("Positions", stats.Positions),
                ("Consistency flags", stats.Flags),
            })
            {
                table.AddRow(label, count.ToString(CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return 0;
        }
    }
}
