using System.Text.Json;
using Diplomacy.Core.Knowledge;

namespace Diplomacy.Core.Stages.Actors;

/// <summary>Words that introduce or disqualify a person's name: role nouns, analyst cues, capitalised non-names (people.json).</summary>
public sealed record PeopleLexicon(IReadOnlyList<string> RoleNouns, IReadOnlyList<string> AnalystCues, IReadOnlyList<string> NotNames)
{
    public const string FileName = "people.json";

    public static PeopleLexicon LoadDefault()
    {
        using var stream = KnowledgeBase.OpenEmbedded(FileName);
        return JsonSerializer.Deserialize<PeopleLexicon>(stream, KnowledgeBase.JsonOptions)
            ?? throw new InvalidDataException($"{FileName} is empty.");
    }
}
