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
    private const int TrailingSourceReach = 3;

    private const int MaxTargets = 4;

    /// <summary>Known happenings a sentence may add as events of their own, beside its predicate.</summary>
    private const int MaxHappeningsPerSentence = 2;

    /// <summary>How far after the publication an alluded happening may lie, in a sentence that looks ahead (a summit announced for later in the year).</summary>
    private const int FutureHappeningReach = 365;

    /// <summary>How many earlier events an event is compared with to find the same one reported again.</summary>
    private const int MergeWindow = 64;
    private const int SummaryWords = 14;

    private readonly KnowledgeBase _knowledge;
    private readonly EventCueLexicon _lexicon;
    private readonly HappeningIndex _happenings;
    private readonly WordTable _words;
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
        _words = new WordTable(lexicon.Phrases.Concat(_happenings.Phrases));
        _groupByType = [];
        foreach (var group in lexicon.PredicateGroups.OrderBy(g => g.Weak || g.Occasion))
        {
            _groupByType.TryAdd(group.Type, group);
        }
    }

    public void Process(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var reader = new DocumentReader(document, _lexicon.Vocabulary, _knowledge, _words);
        var happeningsCoded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var view in reader.ReadProse())
        {
            CodeSentence(document, reader, view, happeningsCoded);
        }
    }

    /// <summary>
    /// Codes the sentence's predicate, and the known happenings it alludes to for the first time in the article
    /// (at most <see cref="MaxHappeningsPerSentence"/>, nearest first). The nearest happening of the predicate's kind
    /// that fits the sentence's date is the same event: it gives the event its day ("In October, Russia and China
    /// vetoed" → the 4 October veto). Another happening is another event; one after the publication only where the
    /// sentence looks ahead, and then it is planned.
    /// </summary>
    private void CodeSentence(ArticleDocument document, DocumentReader reader, SentenceView view, HashSet<string> happeningsCoded)
    {
        var tokens = view.Tokens;
        var locations = LocatedPlaces(tokens);
        var coded = ChoosePredicate(view, locations);
        var anchor = coded?.Predicate.Start ?? 0;
        var isPast = coded is not null && _lexicon.Vocabulary.IsPastForm(tokens[anchor].Text);
        var temporal = view.TemporalNear(anchor, pastOnly: isPast);
        var published = document.Published?.Date.Latest;
        var near = temporal?.Resolved?.Earliest ?? published;
        var looksAhead = view.Temporals.Any(t => t.IsFuture) || _lexicon.Planned.FindAll(tokens).Count > 0;
        var alluded = view.IsQuestion
            ? []
            : _happenings.AlludedIn(tokens, looksAhead ? published?.AddDays(FutureHappeningReach) : published, near, view.IsInReference);
        // The date stage flags a printed date the knowledge file contradicts ("In October 2012 … vetoed"): the known happening's date stands.
        var contradicted = temporal is not null && reader.IsContradicted(temporal.Span);
        var same = coded is null
            ? null
            : alluded.Find(h => IsSameKind(h.Type, coded.Group.Type)
                && (contradicted || (temporal?.Resolved is { } date ? h.Date <= date.Latest && (h.End ?? h.Date) >= date.Earliest : published is null || h.Date <= published)));

        if (coded is { } found)
        {
            var date = !contradicted && temporal?.Resolved is { Precision: DatePrecision.Day } day
                ? day
                : same is not null ? PartialDate.FromDate(same.Date) : temporal?.Resolved ?? FallbackDate(document, view);

            // A summit and the bilateral on its sidelines, known as two happenings, are the one occasion coded here.
            foreach (var happening in alluded)
            {
                if (happening == same || (date is { } d && IsSameKind(happening.Type, found.Group.Type) && happening.Date >= d.Earliest && happening.Date <= d.Latest))
                {
                    happeningsCoded.Add(happening.Id);
                }
            }

            AddOrMerge(document, new DiplomaticEvent(
                found.Group.Type,
                found.Group.Cameo,
                found.Group.Goldstein,
                found.Sources,
                Targets(view, found.Sources, locations),
                Location(locations, found.Predicate.Start) ?? same?.Location,
                date,
                StatusOf(tokens, found.Predicate.Start, isPast ? null : temporal),
                Summary(document, view, found.Sources, found.Predicate),
                view.Sentence.Span,
                view.Sentence.Index));
            AddFollowUp(document, view, found, date);
        }

        var added = 0;
        foreach (var happening in alluded)
        {
            if (added == MaxHappeningsPerSentence)
            {
                break;
            }

            // The sentence reports one event of its predicate's type: another known one of that type is not what it means.
            if (happening.Type == coded?.Group.Type || !happeningsCoded.Add(happening.Id))
            {
                continue;
            }

            added++;
            var group = _groupByType.GetValueOrDefault(happening.Type);
            document.Events.Add(new DiplomaticEvent(
                happening.Type,
                group?.Cameo ?? "0",
                group?.Goldstein ?? 0,
                happening.Participants,
                [],
                happening.Location,
                PartialDate.FromDate(happening.Date),
                published is { } day && happening.Date > day ? EventStatus.Planned : EventStatus.Occurred,
                happening.Name,
                view.Sentence.Span,
                view.Sentence.Index));
        }
    }

    /// <summary>
    /// "agreed on a target schedule … by August": an agreement or proposal naming a later date than its own
    /// promises a planned event on that date, by the same sources.
    /// </summary>
    private void AddFollowUp(ArticleDocument document, SentenceView view, CodedPredicate coded, PartialDate? date)
    {
        if (!coded.Group.Promise || view.Temporals.FirstOrDefault(t => t.IsFuture && t.Resolved is { } r && (date is null || r > date.Value)) is not { } later)
        {
            return;
        }

        var followUp = _lexicon.FollowUp;
        AddOrMerge(document, new DiplomaticEvent(
            followUp.Type,
            followUp.Cameo,
            followUp.Goldstein,
            coded.Sources,
            [],
            null,
            later.Resolved,
            EventStatus.Planned,
            $"{string.Join(" and ", coded.Sources)}: planned {string.Join(' ', later.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}",
            view.Sentence.Span,
            view.Sentence.Index));
    }

    /// <summary>A happening of no particular type may be any event; talks and a meeting are one occasion.</summary>
    private static bool IsSameKind(EventType happening, EventType coded) =>
        happening == coded || happening == EventType.Other
        || (happening is EventType.Meeting or EventType.Talks && coded is EventType.Meeting or EventType.Talks);

    /// <summary>
    /// Adds the event unless the article already reported it: the same type by the same sources on an
    /// overlapping date ("Kerry and Lavrov met on Tuesday" … "the meeting in May") is one event, kept with
    /// the more precise date. Only the last <see cref="MergeWindow"/> events are compared, so the check stays linear.
    /// </summary>
    private static void AddOrMerge(ArticleDocument document, DiplomaticEvent coded)
    {
        for (var i = document.Events.Count - 1; i >= 0 && document.Events.Count - i <= MergeWindow; i--)
        {
            var earlier = document.Events[i];
            if (earlier.Type != coded.Type || earlier.Date is not { } a || coded.Date is not { } b
                || a.Earliest > b.Latest || b.Earliest > a.Latest
                || earlier.Sources.Count != coded.Sources.Count || !earlier.Sources.All(coded.Sources.Contains))
            {
                continue;
            }

            if (b.Precision > a.Precision)
            {
                document.Events[i] = earlier with { Date = b };
            }

            return;
        }

        document.Events.Add(coded);
    }

    /// <summary>
    /// The predicate the sentence reports: the first verb with a source actor, where a verb after a speech verb
    /// ("X said Y vetoed …") needs its own subject after the speech verb; else the dated speech itself; a noun
    /// predicate ("their meeting") only where no verb has an actor.
    /// </summary>
    private CodedPredicate? ChoosePredicate(SentenceView view, List<PhraseMatch<string>> locations)
    {
        if (view.IsQuestion)
        {
            return null;
        }

        var tokens = view.Tokens;
        var matches = _lexicon.Predicates.FindAll(tokens);
        matches.RemoveAll(m => Enumerable.Range(m.Start, m.End - m.Start).Any(view.IsInSubjectName));
        if (matches.Count == 0)
        {
            return null;
        }

        var hasOccasion = view.Temporals.Any(t => t.Resolved is not null) || view.NarrativeDate is not null || _lexicon.Occasions.FindAll(tokens).Count > 0;
        CodedPredicate? speaker = null;
        CodedPredicate? speech = null;
        var reportedFrom = 0;
        foreach (var match in matches)
        {
            var group = match.Values[0];
            if (group.Weak || IsNegated(tokens, match.Start))
            {
                continue;
            }

            var relative = RelativeAntecedent(view, match.Start);
            var sources = relative ?? Sources(view, match, locations, reportedFrom);
            if (group.Occasion)
            {
                if (sources.Count > 0 && reportedFrom == 0)
                {
                    reportedFrom = match.End;
                    speaker = new CodedPredicate(group, match, sources);
                    speech = hasOccasion ? speaker : null;
                }

                continue;
            }

            if (sources.Count > 0)
            {
                return new CodedPredicate(group, match, sources);
            }

            if (group.Spoken && speaker is not null && relative is null && !view.HasOpaqueSubject(match.Start))
            {
                return speaker with { Group = group, Predicate = match };
            }
        }

        if (speech is not null)
        {
            return speech;
        }

        foreach (var match in matches)
        {
            if (match.Values[0].Weak && !IsNegated(tokens, match.Start) && Sources(view, match, locations, 0) is { Count: > 0 } sources)
            {
                return new CodedPredicate(match.Values[0], match, sources);
            }
        }

        return null;
    }

    /// <summary>
    /// For a predicate opening a relative clause ("a resolution that threatened …", "Russia, which vetoed …"),
    /// its subject is the antecedent: the actor right before the pronoun, or none where a thing is. Null where
    /// the predicate is no relative clause's.
    /// </summary>
    private List<string>? RelativeAntecedent(SentenceView view, int predicateStart)
    {
        var vocabulary = _lexicon.Vocabulary;
        var pronoun = predicateStart - 1;
        while (pronoun >= 0 && predicateStart - pronoun <= MarkerReach + 1 && vocabulary.Auxiliaries.Contains(view.Tokens[pronoun].Text))
        {
            pronoun--;
        }

        if (pronoun < 0 || !vocabulary.RelativePronouns.Contains(view.Tokens[pronoun].Text))
        {
            return null;
        }

        var antecedent = view.References.ToList().FindLastIndex(r => r.TokenEnd == pronoun && r.Kind is ReferenceKind.Named or ReferenceKind.Joint);
        return antecedent < 0 ? [] : Names(view.GroupEndingAt(antecedent));
    }

    /// <summary>
    /// Who does what the predicate says. For an active verb: its subject before it (after <paramref name="from"/>),
    /// else an owner right before it ("Kerry's visit"). For a noun ("Israeli air strikes", "talks between X and Y")
    /// or a passive ("was vetoed by Russia"): the actor right before the noun, or the actors a preposition
    /// introduces just after it; a passive's subject is what suffered it, not who did it.
    /// </summary>
    private List<string> Sources(SentenceView view, PhraseMatch<PredicateGroup> predicate, List<PhraseMatch<string>> locations, int from)
    {
        var references = view.References;
        var vocabulary = _lexicon.Vocabulary;
        var word = view.Tokens[predicate.Start].Text;
        var afterBe = predicate.Start > 0 && vocabulary.PassiveMarkers.Contains(view.Tokens[predicate.Start - 1].Text);
        var passive = afterBe && vocabulary.IsPastForm(word);

        // "has been bombing": a noun predicate after a form of "be" is a verb in the progressive.
        var isNoun = predicate.Values[0].Weak && !(afterBe && word.EndsWith("ing", StringComparison.Ordinal));
        if (!isNoun && !passive)
        {
            if (view.SubjectBefore(predicate.Start, from, r => !IsPlace(r, locations) && !view.IsAddressed(r)) is { } subject)
            {
                return Names(view.GroupEndingAt(subject));
            }
        }

        foreach (var reference in references)
        {
            var adjacent = reference.TokenEnd == predicate.Start || (reference.TokenEnd == predicate.Start - 1 && reference.Kind == ReferenceKind.Possessive);
            var owner = reference.Kind == ReferenceKind.Possessive || (isNoun && reference.Kind is ReferenceKind.Modifier or ReferenceKind.Named);
            if (adjacent && owner && reference.TokenStart >= from && !passive)
            {
                return [.. reference.Names];
            }
        }

        if (!isNoun && !passive)
        {
            return [];
        }

        for (var k = 0; k < references.Count; k++)
        {
            var reference = references[k];
            if (reference.TokenStart >= predicate.End && reference.TokenStart <= predicate.End + TrailingSourceReach
                && reference.Kind is ReferenceKind.Named or ReferenceKind.Joint && !IsPlace(reference, locations)
                && Enumerable.Range(predicate.End, reference.TokenStart - predicate.End).Any(i => _lexicon.Vocabulary.ParticipantPrepositions.Contains(view.Tokens[i].Text)))
            {
                var last = k;
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

    /// <summary>
    /// An undated sentence reports something in the narrative's time, else near the publication: to the month at
    /// most, not a day the text never gave.
    /// </summary>
    private static PartialDate? FallbackDate(ArticleDocument document, SentenceView view) => (view.NarrativeDate ?? document.Published?.Date) is { } date
        ? date.Precision == DatePrecision.Day ? date.WithPrecision(DatePrecision.Month) : date
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
