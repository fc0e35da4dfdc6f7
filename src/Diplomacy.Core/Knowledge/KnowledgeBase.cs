using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Diplomacy.Core.Knowledge;

/// <summary>
/// The world knowledge the pipeline reads: actors, offices, titles and dated happenings.
/// Loaded from JSON data files an editor can extend without touching code.
/// </summary>
public sealed class KnowledgeBase
{
    public const string ActorsFile = "actors.json";
    public const string HappeningsFile = "happenings.json";

    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public KnowledgeBase(
        IReadOnlyList<ActorEntry> actors,
        IReadOnlyList<OfficeEntry> offices,
        IReadOnlyList<string> titles,
        IReadOnlyList<HappeningEntry> happenings)
    {
        Actors = actors;
        Offices = offices;
        Titles = titles;
        Happenings = happenings;
        _actorsByName = actors.ToDictionary(a => a.Name, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, ActorEntry> _actorsByName;

    public IReadOnlyList<ActorEntry> Actors { get; }

    public IReadOnlyList<OfficeEntry> Offices { get; }

    /// <summary>Honorifics and titles that may stand before a surname ("Mr.", "Foreign Minister").</summary>
    public IReadOnlyList<string> Titles { get; }

    public IReadOnlyList<HappeningEntry> Happenings { get; }

    public ActorEntry? FindActor(string canonicalName) => _actorsByName.GetValueOrDefault(canonicalName);

    /// <summary>The holder of an office on a date.</summary>
    public ActorEntry? HolderOf(string office, DateOnly date) =>
        Actors.FirstOrDefault(a => a.AllRoles.Any(r => r.Title == office && r.IsHeldOn(date)));

    /// <summary>The knowledge files embedded in this assembly.</summary>
    public static KnowledgeBase LoadDefault() => Load(OpenEmbedded);

    /// <summary>Knowledge files from a folder (an editor's extended copy).</summary>
    public static KnowledgeBase LoadFrom(string directory) => Load(name => File.OpenRead(Path.Combine(directory, name)));

    /// <summary>Opens a knowledge file embedded in this assembly (stages with their own lexicons use this too).</summary>
    public static Stream OpenEmbedded(string fileName) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream("Diplomacy.Knowledge." + fileName)
        ?? throw new InvalidOperationException($"Knowledge file {fileName} is not embedded.");

    private static KnowledgeBase Load(Func<string, Stream> open)
    {
        ActorsFileContent actors;
        using (var stream = open(ActorsFile))
        {
            actors = JsonSerializer.Deserialize<ActorsFileContent>(stream, JsonOptions)
                ?? throw new InvalidDataException($"{ActorsFile} is empty.");
        }

        IReadOnlyList<HappeningEntry> happenings;
        using (var stream = open(HappeningsFile))
        {
            happenings = JsonSerializer.Deserialize<HappeningsFileContent>(stream, JsonOptions)?.Happenings
                ?? throw new InvalidDataException($"{HappeningsFile} is empty.");
        }

        return new KnowledgeBase(actors.Actors, actors.Offices, actors.Titles, happenings);
    }

    private sealed record ActorsFileContent(IReadOnlyList<string> Titles, IReadOnlyList<OfficeEntry> Offices, IReadOnlyList<ActorEntry> Actors);

    private sealed record HappeningsFileContent(IReadOnlyList<HappeningEntry> Happenings);
}
