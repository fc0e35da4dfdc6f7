namespace Diplomacy.Core.Stages.Coding;

/// <summary>The "grammar" section of event-cues.json: the function words the coders read sentences with.</summary>
internal sealed record GrammarWords(
    IReadOnlyList<string> Prepositions,
    IReadOnlyList<string> PersonPronouns,
    IReadOnlyList<string> FirstPersonPronouns,
    IReadOnlyList<string> ClauseSplitters,
    IReadOnlyList<string> Determiners,
    IReadOnlyList<string> Coordinators,
    IReadOnlyList<string> JoiningWords,
    IReadOnlyList<string> IndefiniteArticles,
    IReadOnlyList<string> PassiveMarkers,
    IReadOnlyList<string> IrregularPast,
    IReadOnlyList<string> LocationPrepositions,
    IReadOnlyList<string> Auxiliaries,
    IReadOnlyList<string> ObjectNouns,
    IReadOnlyList<string> RoleWords,
    IReadOnlyList<string> ParticipantPrepositions,
    IReadOnlyList<string> RelativePronouns,
    IReadOnlyList<string> AddressingVerbs,
    IReadOnlyList<string> OpaquePronouns)
{
    /// <summary>Every word of the section.</summary>
    public IEnumerable<string> All =>
    [
        .. Prepositions, .. PersonPronouns, .. FirstPersonPronouns, .. ClauseSplitters, .. Determiners,
        .. Coordinators, .. JoiningWords, .. IndefiniteArticles, .. PassiveMarkers, .. IrregularPast, .. LocationPrepositions,
        .. Auxiliaries, .. ObjectNouns, .. RoleWords, .. ParticipantPrepositions, .. RelativePronouns, .. AddressingVerbs,
        .. OpaquePronouns,
    ];
}
