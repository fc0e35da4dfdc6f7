using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;
using Diplomacy.Core.Pipeline;
using Diplomacy.Core.Stages.Coding;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Events;

/// <summary>
/// Codes at most one event per prose sentence from an event predicate (event-cues.json) and the actor
/// that is its subject: type, CAMEO root code, Goldstein score, sources and targets, place, date and
/// whether it happened, is planned or is hypothetical. A sentence alluding to a known happening
/// (happenings.json) is dated by it where the sentence itself gives no date.
/// Reads: Sentences, Blocks, Mentions, Actors, Quotes, TemporalExpressions, Published. Writes: Events.
/// </summary>
public sealed class EventCoder : IPipelineStage
{
    /// <summary>Words allowed between a status marker and its predicate ("will also meet").</summary>
    private const int MarkerReach = 1;

    /// <summary>Words a negation may stand before its predicate ("did not formally agree").</summary>
    private const int NegationReach = 3;

    /// <summary>Words after a predicate where a passive or nominal predicate's actors may stand ("talks between X and Y").</summary>
    private const int TrailingSourceReach = 6;

    private const int MaxTargets = 4;
    private const int SummaryWords = 14;

    private readonly KnowledgeBase _knowledge;
    private readonly EventCueLexicon _lexicon;
    private readonly HappeningIndex _happenings;
    private readonly Dictionary<EventType, PredicateGroup> _groupByType;

    public EventCoder(KnowledgeBase knowledge)
        : this(knowledge, EventCueLexicon.LoadDefault())
    {
    }

    internal EventCoder(KnowledgeBase knowledge, EventCueLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(lexicon);
        _knowledge = knowledge;
        _lexicon = lexicon;
        _happenings = new HappeningIndex(knowledge.Happenings);
        _groupByType = [];
        foreach (var group in lexicon.PredicateGroups.OrderBy(g => g.Weak || g.Occasion))
        {
            _groupByType.TryAdd(group.Type, group);
        }
    }

    public void Process(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var reader = new DocumentReader(document, _lexicon.Vocabulary, _knowledge);
        var happeningsCoded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var view in reader.ReadProse())
        {
            CodeSentence(document, view, happeningsCoded);
        }
    }

    private void CodeSentence(ArticleDocument document, SentenceView view, HashSet<string> happeningsCoded)
    {
        var tokens = view.Tokens;
        var locations = LocatedPlaces(tokens);
        var coded = ChoosePredicate(view, locations);
        var anchor = coded?.Predicate.Start ?? 0;
        var temporal = view.TemporalNear(anchor);
        var published = document.Published?.Date;
        var happening = _happenings.AlludedIn(tokens, temporal?.Resolved, published?.Latest);
        var happeningIsNew = happening is not null && happeningsCoded.Add(happening.Id);

        if (coded is { } found && !(happening is not null && happeningIsNew && found.Group.Type == EventType.Statement && temporal is null))
        {
            var date = happening is not null ? PartialDate.FromDate(happening.Date) : temporal?.Resolved ?? FallbackDate(document);
            var status = StatusOf(tokens, found.Predicate.Start, temporal);
            var targets = Targets(view, found.Sources, locations);
            document.Events.Add(new DiplomaticEvent(
                found.Group.Type,
                found.Group.Cameo,
                found.Group.Goldstein,
                found.Sources,
                targets,
                Location(locations, found.Predicate.Start) ?? (happening is not null && temporal is null ? happening.Location : null),
                date,
                status,
                Summary(document, view, found.Sources, found.Predicate),
                view.Sentence.Span,
                view.Sentence.Index));
            return;
        }

        if (happening is not null && happeningIsNew && (published is null || happening.Date <= published.Value.Latest))
        {
            var group = _groupByType.GetValueOrDefault(happening.Type);
            document.Events.Add(new DiplomaticEvent(
                happening.Type,
                group?.Cameo ?? "0",
                group?.Goldstein ?? 0,
                happening.Participants,
                [],
                happening.Location,
                PartialDate.FromDate(happening.Date),
                EventStatus.Occurred,
                happening.Name,
                view.Sentence.Span,
                view.Sentence.Index));
        }
    }

    /// <summary>The first verb predicate with a source actor; a noun predicate only where no verb has one.</summary>
    private CodedPredicate? ChoosePredicate(SentenceView view, List<PhraseMatch<string>> locations)
    {
        var tokens = view.Tokens;
        var matches = _lexicon.Predicates.FindAll(tokens);
        if (matches.Count == 0)
        {
            return null;
        }

        var hasOccasion = view.Temporals.Any(t => t.Resolved is not null) || _lexicon.Occasions.FindAll(tokens).Count > 0;
        foreach (var weak in (bool[])[false, true])
        {
            foreach (var match in matches)
            {
                var group = match.Values[0];
                if (group.Weak != weak || (group.Occasion && !hasOccasion) || IsNegated(tokens, match.Start))
                {
                    continue;
                }

                var sources = Sources(view, match, locations);
                if (sources.Count > 0)
                {
                    return new CodedPredicate(group, match, sources);
                }
            }
        }

        return null;
    }

    private static List<string> Sources(SentenceView view, PhraseMatch<PredicateGroup> predicate, List<PhraseMatch<string>> locations)
    {
        var subject = view.SubjectBefore(predicate.Start, 0, r => !IsPlace(r, locations));
        if (subject is { } k)
        {
            return Names(view.GroupEndingAt(k));
        }

        var references = view.References;
        for (var k2 = references.Count - 1; k2 >= 0; k2--)
        {
            var reference = references[k2];
            if (reference.TokenEnd <= predicate.Start && reference.TokenEnd >= predicate.Start - 1 && reference.Kind == ReferenceKind.Possessive)
            {
                return [.. reference.Names];
            }
        }

        for (var k3 = 0; k3 < references.Count; k3++)
        {
            var reference = references[k3];
            if (reference.TokenStart >= predicate.End && reference.TokenStart <= predicate.End + TrailingSourceReach
                && reference.Kind is ReferenceKind.Named or ReferenceKind.Joint && !IsPlace(reference, locations))
            {
                var last = k3;
                while (last + 1 < references.Count && view.GroupEndingAt(last + 1).Contains(reference))
                {
                    last++;
                }

                return Names(view.GroupEndingAt(last));
            }
        }

        return [];
    }

    private static List<string> Targets(SentenceView view, IReadOnlyList<string> sources, List<PhraseMatch<string>> locations)
    {
        var targets = new List<string>();
        foreach (var reference in view.References)
        {
            if (reference.Kind is ReferenceKind.Modifier || IsPlace(reference, locations))
            {
                continue;
            }

            foreach (var name in reference.Names)
            {
                if (targets.Count < MaxTargets && !sources.Contains(name, StringComparer.Ordinal) && !targets.Contains(name, StringComparer.Ordinal))
                {
                    targets.Add(name);
                }
            }
        }

        return targets;
    }

    private static List<string> Names(IEnumerable<ActorReference> group) =>
        [.. group.SelectMany(r => r.Names).Distinct(StringComparer.Ordinal)];

    /// <summary>A reference inside a place phrase governed by "in"/"at"/"to" ("in Moscow") names a place, not an actor.</summary>
    private static bool IsPlace(ActorReference reference, List<PhraseMatch<string>> locations) =>
        locations.Exists(l => l.Start < reference.TokenEnd && reference.TokenStart < l.End);

    /// <summary>Place phrases preceded by a locating preposition ("in Geneva", "at the White House").</summary>
    private List<PhraseMatch<string>> LocatedPlaces(List<WordToken> tokens)
    {
        var located = new List<PhraseMatch<string>>();
        foreach (var place in _lexicon.Locations.FindAll(tokens))
        {
            var before = place.Start - 1;
            while (before >= 0 && _lexicon.Vocabulary.Determiners.Contains(tokens[before].Text))
            {
                before--;
            }

            if (before >= 0 && _lexicon.Vocabulary.LocationPrepositions.Contains(tokens[before].Text))
            {
                located.Add(place);
            }
        }

        return located;
    }

    private static string? Location(List<PhraseMatch<string>> locations, int predicateStart)
    {
        if (locations.Count == 0)
        {
            return null;
        }

        var after = locations.FindIndex(l => l.Start >= predicateStart);
        return locations[Math.Max(after, 0)].Values[0];
    }

    private bool IsNegated(List<WordToken> tokens, int predicateStart)
    {
        for (var end = predicateStart; end >= Math.Max(1, predicateStart - NegationReach + 1); end--)
        {
            if (tokens[end].BreakBefore is not '\0' and not ',' && end < predicateStart)
            {
                return false;
            }

            if (_lexicon.Negations.EndsAt(tokens, end))
            {
                return true;
            }
        }

        return false;
    }

    private EventStatus StatusOf(List<WordToken> tokens, int predicateStart, TemporalExpression? temporal)
    {
        for (var end = predicateStart; end >= Math.Max(1, predicateStart - MarkerReach); end--)
        {
            if (_lexicon.Conditional.EndsAt(tokens, end))
            {
                return EventStatus.Conditional;
            }

            if (_lexicon.Planned.EndsAt(tokens, end))
            {
                return EventStatus.Planned;
            }
        }

        return temporal?.IsFuture == true ? EventStatus.Planned : EventStatus.Occurred;
    }

    /// <summary>Undated sentences report something near the publication: its month, not a day the text never gave.</summary>
    private static PartialDate? FallbackDate(ArticleDocument document) => document.Published?.Date is { } published
        ? published.Precision == DatePrecision.Day ? published.WithPrecision(DatePrecision.Month) : published
        : null;

    private static string Summary(ArticleDocument document, SentenceView view, IReadOnlyList<string> sources, PhraseMatch<PredicateGroup> predicate)
    {
        var tokens = view.Tokens;
        var end = predicate.End;
        while (end < tokens.Count && end - predicate.Start < SummaryWords && tokens[end].BreakBefore is '\0' or ',')
        {
            end++;
        }

        var words = document[new TextSpan(tokens[predicate.Start].Start, tokens[end - 1].End)]
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return $"{string.Join(" and ", sources)} {string.Join(' ', words)}";
    }

    private sealed record CodedPredicate(PredicateGroup Group, PhraseMatch<PredicateGroup> Predicate, List<string> Sources);
}
