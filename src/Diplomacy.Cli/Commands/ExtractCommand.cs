using System.CommandLine;
using Diplomacy.Core.Export;
using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;
using Diplomacy.Core.Pipeline;

namespace Diplomacy.Cli.Commands;

/// <summary><c>extract --json FILE...</c>: runs the pipeline over files and prints what it found.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the extraction as JSON (the exchange format)." };
        var files = new Argument<FileInfo[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Article text files." };
        var command = new Command("extract", "Extract title, date, actors, quotes, events and positions from article files.") { json, files };
        command.SetAction(parseResult => Run(parseResult.GetValue(files)!, parseResult.GetValue(json)));
        return command;
    }

    private static int Run(FileInfo[] files, bool asJson)
    {
        var pipeline = ExtractionPipeline.CreateDefault(KnowledgeBase.LoadDefault());
        var documents = new List<ArticleDocument>();
        var failures = 0;
        foreach (var file in files)
        {
            try
            {
                documents.Add(pipeline.Process(file.Name, File.ReadAllBytes(file.FullName)));
            }
            catch (Exception ex) when (ex is ArticleRejectedException or IOException or UnauthorizedAccessException)
            {
                failures++;
                Console.Error.WriteLine($"{file.Name}: {ex.Message}");
            }
        }

        if (asJson)
        {
            Console.WriteLine(ExtractionJson.Serialize(documents));
        }
        else
        {
            foreach (var record in documents.Select(ExtractionJson.ToRecord))
            {
                Console.WriteLine($"{record.File}: \"{record.Title}\" {record.Published?.Date ?? "undated"} — " +
                    $"{record.Actors.Length} actors, {record.Quotes.Length} quotes, {record.Events.Length} events, {record.Positions.Length} positions");
            }
        }

        return failures == 0 ? 0 : 1;
    }
}
