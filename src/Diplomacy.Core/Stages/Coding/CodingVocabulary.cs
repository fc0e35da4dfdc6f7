namespace Diplomacy.Core.Stages.Coding;

/// <summary>The function words and joint references both coders read sentences with (from event-cues.json).</summary>
internal sealed class CodingVocabulary
{
    /// <param name="jointPersons">Joint references to two people ("the two top diplomats"); the others stand for two countries.</param>
    public CodingVocabulary(IEnumerable<string> jointReferences, IEnumerable<string> jointPersons, GrammarWords grammar)
    {
        ArgumentNullException.ThrowIfNull(jointReferences);
        ArgumentNullException.ThrowIfNull(jointPersons);
        ArgumentNullException.ThrowIfNull(grammar);
        JointReferences = new PhraseMatcher<bool>(jointReferences.Select(p => (p, false)).Concat(jointPersons.Select(p => (p, true))));
        Prepositions = ToWordSet(grammar.Prepositions);
        PersonPronouns = ToWordSet(grammar.PersonPronouns);
        FirstPersonPronouns = ToWordSet(grammar.FirstPersonPronouns);
        ClauseSplitters = ToWordSet(grammar.ClauseSplitters);
        Determiners = ToWordSet(grammar.Determiners);
        Coordinators = ToWordSet(grammar.Coordinators);
        JoiningWords = ToWordSet(grammar.JoiningWords);
        IndefiniteArticles = ToWordSet(grammar.IndefiniteArticles);
        PassiveMarkers = ToWordSet(grammar.PassiveMarkers);
        IrregularPast = ToWordSet(grammar.IrregularPast);
        LocationPrepositions = ToWordSet(grammar.LocationPrepositions);
        Auxiliaries = ToWordSet(grammar.Auxiliaries);
        ObjectNouns = ToWordSet(grammar.ObjectNouns);
        RoleWords = ToWordSet(grammar.RoleWords);
        ParticipantPrepositions = ToWordSet(grammar.ParticipantPrepositions);
        RelativePronouns = ToWordSet(grammar.RelativePronouns);
        AddressingVerbs = new PhraseMatcher<bool>(grammar.AddressingVerbs.Select(p => (p, true)));
        OpaquePronouns = ToWordSet(grammar.OpaquePronouns);
    }

    /// <summary>Joint references; the value is true for two people ("both presidents"), false for two countries.</summary>
    public PhraseMatcher<bool> JointReferences { get; }

    public IReadOnlySet<string> Prepositions { get; }

    public IReadOnlySet<string> PersonPronouns { get; }

    public IReadOnlySet<string> FirstPersonPronouns { get; }

    public IReadOnlySet<string> ClauseSplitters { get; }

    /// <summary>Words skipped when looking for the preposition before an actor ("with the Russians").</summary>
    public IReadOnlySet<string> Determiners { get; }

    /// <summary>Words that may stand between coordinated actors ("Russia and the United States", "Russia along with China").</summary>
    public IReadOnlySet<string> Coordinators { get; }

    /// <summary>The words that actually join actors ("and", "nor"); without one (or a list comma) two names are a compound.</summary>
    public IReadOnlySet<string> JoiningWords { get; }

    /// <summary>"a U.S. strike": an actor after an indefinite article modifies a noun.</summary>
    public IReadOnlySet<string> IndefiniteArticles { get; }

    /// <summary>Auxiliaries before a participle that make the predicate passive ("was vetoed by Russia").</summary>
    public IReadOnlySet<string> PassiveMarkers { get; }

    /// <summary>Past forms not ending in "-ed": a past predicate is not moved into the future by a date it names.</summary>
    public IReadOnlySet<string> IrregularPast { get; }

    /// <summary>Prepositions that make a following place the event's location ("in Geneva").</summary>
    public IReadOnlySet<string> LocationPrepositions { get; }

    /// <summary>Auxiliaries and adverbs that may stand between a subject's comma and its verb ("Moscow, meanwhile, has said").</summary>
    public IReadOnlySet<string> Auxiliaries { get; }

    /// <summary>Nouns an actor's name may modify ("a U.N. resolution", "the U.S. proposal"): the name is then no subject.</summary>
    public IReadOnlySet<string> ObjectNouns { get; }

    /// <summary>Title words between a country and a person ("U.S. Secretary of State John Kerry").</summary>
    public IReadOnlySet<string> RoleWords { get; }

    /// <summary>Prepositions that introduce the participants of a noun predicate ("talks between X and Y").</summary>
    public IReadOnlySet<string> ParticipantPrepositions { get; }

    /// <summary>Words that open a relative clause ("a resolution that backed …").</summary>
    public IReadOnlySet<string> RelativePronouns { get; }

    /// <summary>Verbs whose next actor is spoken to or blamed, not speaking ("Kerry told Putin", "warned Syria").</summary>
    public PhraseMatcher<bool> AddressingVerbs { get; }

    /// <summary>Pronouns the reader does not resolve ("they", "it"): a verb right after one has an unknown subject.</summary>
    public IReadOnlySet<string> OpaquePronouns { get; }

    public bool IsPastForm(string word) => IrregularPast.Contains(word) || (word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal));

    private static HashSet<string> ToWordSet(IEnumerable<string> words) =>
        new(words.SelectMany(WordTokenizer.Words), StringComparer.Ordinal);
}
