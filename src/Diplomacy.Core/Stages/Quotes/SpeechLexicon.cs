using System.Text.Json;
using Diplomacy.Core.Knowledge;

namespace Diplomacy.Core.Stages.Quotes;

/// <summary>Verbs of saying and the words around them that attribution reads (speech.json).</summary>
/// <param name="BridgingWords">Adverbs and auxiliaries allowed between a speaker and the verb ("Kerry also said").</param>
/// <param name="SubjectNouns">Heads of descriptions that stand for a speaker already named ("the ministry said").</param>
/// <param name="UnattributedLabels">Transcript labels of speakers the text does not name ("QUESTION:").</param>
/// <param name="ClauseOpeners">Conjunctions that open a new statement after a quote ("…,” and Lavrov said).</param>
/// <param name="ClauseVerbs">Verbs that show a name after "said" opens the reported clause ("said Russia was …").</param>
/// <param name="SubordinateOpeners">Words opening a sentence's leading clause, whose people a pronoun after it does not stand for ("Asked whether …, he said").</param>
public sealed record SpeechLexicon(
    IReadOnlyList<string> Verbs,
    IReadOnlyList<string> BridgingWords,
    IReadOnlyList<string> SubjectNouns,
    IReadOnlyList<string> UnattributedLabels,
    IReadOnlyList<string> ClauseOpeners,
    IReadOnlyList<string> ClauseVerbs,
    IReadOnlyList<string> SubordinateOpeners)
{
    public const string FileName = "speech.json";

    public static SpeechLexicon LoadDefault()
    {
        using var stream = KnowledgeBase.OpenEmbedded(FileName);
        return JsonSerializer.Deserialize<SpeechLexicon>(stream, KnowledgeBase.JsonOptions)
            ?? throw new InvalidDataException($"{FileName} is empty.");
    }
}
