using System.Text.Json;
using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Stages.Coding;

namespace Diplomacy.Core.Stages.Events;

/// <summary>The event predicates, status markers, places and reading vocabulary of event-cues.json.</summary>
internal sealed class EventCueLexicon
{
    public const string FileName = "event-cues.json";

    private EventCueLexicon(CueFile file)
    {
        PredicateGroups = file.Predicates;
        Phrases =
        [
            .. file.Predicates.SelectMany(g => g.Phrases), .. file.Occasions, .. file.Planned, .. file.Conditional, .. file.Negations,
            .. file.JointReferences, .. file.JointPersons, .. file.Locations, .. file.Grammar.All,
        ];
        FollowUp = file.FollowUp;
        Predicates = new PhraseMatcher<PredicateGroup>(file.Predicates.SelectMany(g => g.Phrases.Select(p => (p, g))));
        Occasions = Matcher(file.Occasions);
        Planned = Matcher(file.Planned);
        Conditional = Matcher(file.Conditional);
        Negations = Matcher(file.Negations);
        Locations = Matcher(file.Locations);
        Vocabulary = new CodingVocabulary(file.JointReferences, file.JointPersons, file.Grammar);
    }

    public IReadOnlyList<PredicateGroup> PredicateGroups { get; }

    /// <summary>Every phrase and word of the file, for the coder's <see cref="WordTable"/>.</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>The planned event an agreement or proposal naming a later date promises.</summary>
    public PredicateGroup FollowUp { get; }

    public PhraseMatcher<PredicateGroup> Predicates { get; }

    /// <summary>Phrases naming the occasion of a speech ("news conference", "in a statement").</summary>
    public PhraseMatcher<string> Occasions { get; }

    public PhraseMatcher<string> Planned { get; }

    public PhraseMatcher<string> Conditional { get; }

    public PhraseMatcher<string> Negations { get; }

    /// <summary>Places, each matched to its name as the lexicon spells it.</summary>
    public PhraseMatcher<string> Locations { get; }

    public CodingVocabulary Vocabulary { get; }

    public static EventCueLexicon LoadDefault()
    {
        using var stream = KnowledgeBase.OpenEmbedded(FileName);
        return Load(stream);
    }

    public static EventCueLexicon Load(Stream stream) =>
        new(JsonSerializer.Deserialize<CueFile>(stream, KnowledgeBase.JsonOptions) ?? throw new InvalidDataException($"{FileName} is empty."));

    private static PhraseMatcher<string> Matcher(IEnumerable<string> phrases) => new(phrases.Select(p => (p, p)));

    private sealed record CueFile(
        IReadOnlyList<PredicateGroup> Predicates,
        PredicateGroup FollowUp,
        IReadOnlyList<string> Occasions,
        IReadOnlyList<string> Planned,
        IReadOnlyList<string> Conditional,
        IReadOnlyList<string> Negations,
        IReadOnlyList<string> JointReferences,
        IReadOnlyList<string> JointPersons,
        GrammarWords Grammar,
        IReadOnlyList<string> Locations);
}
