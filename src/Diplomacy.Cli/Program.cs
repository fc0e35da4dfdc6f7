using System.CommandLine;
using Diplomacy.Cli.Commands;

var root = new RootCommand("Diplomacy: extract and store US–Russia positions on Syria from news articles.")
{
    ExtractCommand.Create(),
    IngestCommand.Create(),
    ReextractCommand.Create(),
    StatsCommand.Create(),
};

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
