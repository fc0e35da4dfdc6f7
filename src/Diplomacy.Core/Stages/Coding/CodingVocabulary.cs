namespace Diplomacy.Core.Stages.Coding;

/// <summary>The function words and joint references both coders read sentences with (from event-cues.json).</summary>
internal sealed class CodingVocabulary
{
    public CodingVocabulary(
        IEnumerable<string> jointReferences,
        IEnumerable<string> prepositions,
        IEnumerable<string> personPronouns,
        IEnumerable<string> femaleMarkers,
        IEnumerable<string> firstPersonPronouns,
        IEnumerable<string> clauseSplitters,
        IEnumerable<string> determiners,
        IEnumerable<string> coordinators,
        IEnumerable<string> locationPrepositions)
    {
        JointReferences = new PhraseMatcher<bool>(jointReferences.Select(p => (p, true)));
        Prepositions = ToWordSet(prepositions);
        PersonPronouns = ToWordSet(personPronouns);
        FemaleMarkers = ToWordSet(femaleMarkers);
        FirstPersonPronouns = ToWordSet(firstPersonPronouns);
        ClauseSplitters = ToWordSet(clauseSplitters);
        Determiners = ToWordSet(determiners);
        Coordinators = ToWordSet(coordinators);
        LocationPrepositions = ToWordSet(locationPrepositions);
    }

    public PhraseMatcher<bool> JointReferences { get; }

    public IReadOnlySet<string> Prepositions { get; }

    public IReadOnlySet<string> PersonPronouns { get; }

    /// <summary>Honorifics ("Ms.") that mark a person as female, so that "she" finds her.</summary>
    public IReadOnlySet<string> FemaleMarkers { get; }

    public IReadOnlySet<string> FirstPersonPronouns { get; }

    public IReadOnlySet<string> ClauseSplitters { get; }

    /// <summary>Words skipped when looking for the preposition before an actor ("with the Russians").</summary>
    public IReadOnlySet<string> Determiners { get; }

    /// <summary>Words that may join coordinated actors ("Russia and China", "Russia along with China").</summary>
    public IReadOnlySet<string> Coordinators { get; }

    /// <summary>Prepositions that make a following place the event's location ("in Geneva").</summary>
    public IReadOnlySet<string> LocationPrepositions { get; }

    private static HashSet<string> ToWordSet(IEnumerable<string> words) =>
        new(words.SelectMany(WordTokenizer.Words), StringComparer.Ordinal);
}
