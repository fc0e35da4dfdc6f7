using System.Text.Json;
using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;

namespace Diplomacy.Core.Stages.Actors;

/// <summary>Words that introduce or disqualify a person's name: role nouns, analyst cues, capitalised non-names (people.json).</summary>
public sealed record PeopleLexicon(
    IReadOnlyList<string> RoleNouns,
    IReadOnlyList<string> AnalystCues,
    IReadOnlyList<string> NotNames,
    IReadOnlyList<string> FemaleHonorifics,
    IReadOnlyList<string> MaleHonorifics)
{
    /// <summary>The gender an honorific opening a name tells ("Ms. Roe", "Mr Doe"), or <see cref="Gender.Unknown"/>.</summary>
    public Gender GenderOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var first = name.AsSpan(0, Math.Max(0, name.IndexOfAny([' ', '.']))).ToString();
        return FemaleHonorifics.Contains(first, StringComparer.OrdinalIgnoreCase) ? Gender.Female
            : MaleHonorifics.Contains(first, StringComparer.OrdinalIgnoreCase) ? Gender.Male
            : Gender.Unknown;
    }

    public const string FileName = "people.json";

    public static PeopleLexicon LoadDefault()
    {
        using var stream = KnowledgeBase.OpenEmbedded(FileName);
        return JsonSerializer.Deserialize<PeopleLexicon>(stream, KnowledgeBase.JsonOptions)
            ?? throw new InvalidDataException($"{FileName} is empty.");
    }
}
