using System.Text.Json;
using Diplomacy.Core.Knowledge;

namespace Diplomacy.Core.Stages.Sentences;

/// <summary>Abbreviations by how they behave at a period, and the words that usually open a sentence (abbreviations.json).</summary>
/// <param name="Titles">Stand before a name; a sentence never ends on one.</param>
/// <param name="BeforeNumbers">Stand before a number ("No. 2"); elsewhere read as <paramref name="MaybeFinal"/>.</param>
/// <param name="NeverFinal">Never end a sentence ("e.g.", "i.e.").</param>
/// <param name="MaybeFinal">End a sentence only before one of the <paramref name="SentenceStarters"/> ("U.S.", "a.m.").</param>
public sealed record AbbreviationLexicon(
    IReadOnlyList<string> Titles,
    IReadOnlyList<string> BeforeNumbers,
    IReadOnlyList<string> NeverFinal,
    IReadOnlyList<string> MaybeFinal,
    IReadOnlyList<string> SentenceStarters)
{
    public const string FileName = "abbreviations.json";

    public static AbbreviationLexicon LoadDefault()
    {
        using var stream = KnowledgeBase.OpenEmbedded(FileName);
        return JsonSerializer.Deserialize<AbbreviationLexicon>(stream, KnowledgeBase.JsonOptions)
            ?? throw new InvalidDataException($"{FileName} is empty.");
    }
}
