using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;
using Diplomacy.Core.Pipeline;
using Diplomacy.Core.Stages.Coding;
using Diplomacy.Core.Stages.Events;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Positions;

/// <summary>
/// Codes each side's positions from quotes and reported statements: per clause, the topic by the lexicon
/// (topics.json), the holder (the US or Russian actor whose view it is, or both sides for a joint
/// statement), a short stance phrase with its polarity, and the date. Analysts' views are marked as analysis.
/// Reads: Sentences, Blocks, Mentions, Actors, Quotes, TemporalExpressions, Published. Writes: Positions.
/// </summary>
public sealed class PositionCoder : IPipelineStage
{
    /// <summary>Words a compressed stance keeps where the lexicon names none.</summary>
    private const int StanceWords = 10;

    /// <summary>How near a reporting verb an actor after the stance must stand to be its holder ("…, Lavrov said").</summary>
    private const int TrailingAttributionReach = 2;

    /// <summary>How far back from a "that" a reporting verb makes it open reported speech ("said on Monday that").</summary>
    private const int RelativeReach = 4;

    /// <summary>How many words before a stance a negation still governs it ("not seeking so-called regime change").</summary>
    private const int NegationReach = 5;

    private readonly KnowledgeBase _knowledge;
    private readonly EventCueLexicon _cues;
    private readonly TopicLexicon _topics;
    private readonly WordTable _words;

    public PositionCoder(KnowledgeBase knowledge)
        : this(knowledge, EventCueLexicon.LoadDefault(), TopicLexicon.LoadDefault())
    {
    }

    internal PositionCoder(KnowledgeBase knowledge, EventCueLexicon cues, TopicLexicon topics)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(topics);
        _knowledge = knowledge;
        _cues = cues;
        _topics = topics;
        _words = new WordTable(cues.Phrases.Concat(topics.Phrases));
    }

    public void Process(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var reader = new DocumentReader(document, _cues.Vocabulary, _knowledge, _words);
        var stated = new HashSet<(Side, Topic, string, string, int?)>();
        foreach (var view in reader.ReadProse())
        {
            if (view.IsQuestion)
            {
                continue;
            }

            var coded = new HashSet<(Side, Topic)>();
            foreach (var (from, to) in Clauses(view))
            {
                var readings = _topics.Read(view.Tokens, from, to);
                for (var r = 0; r < readings.Count; r++)
                {
                    var reading = readings[r];
                    if (ResolveHolder(view, reading, from, to, reader.BothSides) is { } holder
                        && (r == 0 || !OpensRelativeClause(view, Math.Max(holder.StanceStart, Math.Min(readings[0].Anchor, reading.Anchor)), reading.Anchor))
                        && coded.Add((holder.Side, reading.Topic.Topic))
                        && ToPosition(document, reader, view, reading, holder, from, to) is var position
                        && stated.Add((position.Side, position.Topic, position.Holder, position.Stance, position.Date?.Year)))
                    {
                        document.Positions.Add(position);
                    }
                }
            }
        }
    }

    private Position ToPosition(ArticleDocument document, DocumentReader reader, SentenceView view, TopicReading reading, Holder holder, int clauseStart, int clauseEnd)
    {
        var topic = reading.Topic;
        var polarity = topic.HasAxis && reading.Stance is { } s ? s.Polarity : 0;
        var flipped = holder.Criticises ^ IsNegated(view, reading.Anchor, clauseStart);
        var stance = reading.Stance?.Stance ?? CompressedClause(document, view, holder.StanceStart, clauseEnd);
        if (flipped && polarity != 0)
        {
            polarity = -polarity;
            stance = topic.PoleOf(polarity)!;
        }

        var temporal = view.TemporalNear(reading.Anchor, pastOnly: true);
        var date = temporal?.Resolved ?? view.NarrativeDate ?? document.Published?.Date;

        // Where the date stage flagged the printed date as contradicting the knowledge file, the event coder dated
        // the sentence's event by the known happening: the stance it expresses takes that date too.
        if (temporal is not null && reader.IsContradicted(temporal.Span) && EventOf(document.Events, view.Sentence.Index) is { Date: { } corrected })
        {
            date = corrected;
        }
        return new Position(holder.Side, topic.Topic, stance, polarity, holder.Name, date, view.Sentence.Span, holder.IsAnalysis, view.Sentence.Index);
    }

    /// <summary>The first event coded from a sentence; events are in sentence order.</summary>
    private static DiplomaticEvent? EventOf(List<DiplomaticEvent> events, int sentenceIndex)
    {
        var low = 0;
        var high = events.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (events[mid].SentenceIndex < sentenceIndex)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low < events.Count && events[low].SentenceIndex == sentenceIndex ? events[low] : null;
    }

    /// <summary>Clauses split at semicolons and at a comma before a contrastive conjunction (", while Washington …").</summary>
    private static List<(int From, int To)> Clauses(SentenceView view)
    {
        var clauses = new List<(int, int)>();
        var tokens = view.Tokens;
        var start = 0;
        for (var i = 1; i < tokens.Count; i++)
        {
            var mark = tokens[i].BreakBefore;
            if (mark == ';' || (mark == ',' && view.Vocabulary.ClauseSplitters.Contains(tokens[i].Text)))
            {
                clauses.Add((start, i));
                start = i;
            }
        }

        clauses.Add((start, tokens.Count));
        return clauses;
    }

    /// <summary>
    /// Whose stance it is. The critic in "A criticised B for X" holds the opposite of X. Else the reporter (a
    /// quote's speaker, or the subject of "said" before the stance) and the subject nearest before the stance:
    /// a subject of the reporter's own side (or both sides) holds it; a subject of the other side holds a
    /// stance the lexicon describes ("the Russians sided with Assad") but not a charge the reporter voices
    /// ("Washington has no proof"). Without either: an actor named right after ("…, Lavrov said"), or an owner
    /// ("Kerry's visit … improve relations"). A clause with no stance phrase is a position only where someone reports it.
    /// </summary>
    private Holder? ResolveHolder(SentenceView view, TopicReading reading, int clauseStart, int clauseEnd, IReadOnlyList<string> bothSides)
    {
        var tokens = view.Tokens;
        var anchor = reading.Anchor;
        foreach (var blame in _topics.Criticism.FindAll(tokens, clauseStart, anchor))
        {
            if (view.SubjectBefore(blame.Start, 0, r => r.Side is Side.US or Side.Russia) is { } critic
                && BlamesTheOtherSide(view, view.References[critic].Side!.Value, blame.End, anchor))
            {
                return Make(view, view.GroupEndingAt(critic), blame.End, null, criticises: true, bothSides);
            }
        }

        var (reporter, reportedFrom) = Reporter(view, anchor);
        var embedded = view.SubjectBefore(anchor, reportedFrom, r => r.Side is not null && !view.IsAddressed(r));
        if (embedded is { } k && (reading.Stance is not null || reporter is not null))
        {
            var group = view.GroupEndingAt(k);
            var embeddedSide = SentenceView.SideOf(group);
            var reporterSide = reporter is null ? null : SentenceView.SideOf(reporter);
            var otherSide = embeddedSide is Side.US or Side.Russia && reporterSide is Side.US or Side.Russia && embeddedSide != reporterSide;
            if (!(otherSide && (reading.Stance is null || reading.Stance.VoicedBySpeaker)))
            {
                return Make(view, group, view.References[k].TokenEnd, reporter, criticises: false, bothSides);
            }
        }

        if (reporter is not null)
        {
            return Make(view, reporter, reporter[^1].TokenEnd, null, criticises: false, bothSides);
        }

        foreach (var reference in view.References)
        {
            if (reference.TokenStart >= anchor && reference.TokenEnd <= clauseEnd && reference.Side is not null && reference.CanBeSubject
                && IsAttributed(view, reference))
            {
                return Make(view, [reference], anchor, null, criticises: false, bothSides);
            }
        }

        if (reading.Stance is null)
        {
            return null;
        }

        foreach (var reference in view.References.Reverse())
        {
            if (reference.TokenEnd <= anchor && reference.Kind == ReferenceKind.Possessive && reference.Side is not null)
            {
                return Make(view, [reference], reference.TokenEnd, null, criticises: false, bothSides);
            }
        }

        return null;
    }

    /// <summary>
    /// Who reports what stands at the anchor: the speaker of the quote around it, or the subject of the last
    /// reporting verb before it ("Lavrov said …", "according to Kerry"); and the token after which the
    /// reported clause begins.
    /// </summary>
    private (IReadOnlyList<ActorReference>? Reporter, int ReportedFrom) Reporter(SentenceView view, int anchor)
    {
        if (view.QuoteAt(anchor) is { Speaker: { } speaker } quote)
        {
            var quoteStart = view.TokenAtOrAfter(quote.Span.Start);
            return ([SpeakerReference(view, speaker, quoteStart)], 0);
        }

        var cues = _topics.Reporting.FindAll(view.Tokens, 0, anchor);
        cues.RemoveAll(c => view.References.Any(r => r.Kind != ReferenceKind.Joint && r.TokenStart < c.End && c.Start < r.TokenEnd));
        for (var c = cues.Count - 1; c >= 0; c--)
        {
            var cue = cues[c];
            if (view.SubjectBefore(cue.Start, 0, r => !view.IsAddressed(r)) is { } k)
            {
                var group = view.GroupEndingAt(k);
                return (SentenceView.SideOf(group) is null ? null : group, cue.End);
            }

            var after = view.References.FirstOrDefault(r => r.TokenStart >= cue.End && r.TokenStart <= cue.End + 1 && r.Side is not null
                && r.Kind is ReferenceKind.Named or ReferenceKind.Joint);
            if (after is not null)
            {
                return ([after], after.TokenEnd);
            }
        }

        return (null, 0);
    }

    private ActorReference SpeakerReference(SentenceView view, string speaker, int quoteStart)
    {
        var actor = view.References.FirstOrDefault(r => r.Actor?.Name == speaker)?.Actor;
        var country = actor?.Country ?? _knowledge.FindActor(speaker)?.Country;
        var isAnalyst = actor?.IsAnalyst ?? _knowledge.FindActor(speaker)?.IsAnalyst ?? false;
        var entry = _knowledge.FindActor(speaker);
        actor ??= new ArticleActor { Name = speaker, Type = entry?.Type ?? ActorType.Person, Country = country, IsAnalyst = isAnalyst };
        return new ActorReference(quoteStart, quoteStart, [speaker], DocumentReader.SideOf(country), ReferenceKind.Named, false, actor, 0);
    }

    /// <summary>
    /// The holder of a group: its side (both sides where it joins them), its name (the reporting person where a
    /// country or both sides hold the view in his words), and whether it is an analyst's view. An analyst speaks
    /// for the side his words name, or for both where they name both or none.
    /// </summary>
    private static Holder? Make(SentenceView view, IReadOnlyList<ActorReference> group, int stanceStart, IReadOnlyList<ActorReference>? reporter, bool criticises, IReadOnlyList<string> bothSides)
    {
        var side = SentenceView.SideOf(group);
        var analyst = group.Any(r => r.Actor?.IsAnalyst == true) || reporter?.Any(r => r.Actor?.IsAnalyst == true) == true;
        if (group.Any(r => r.Actor?.IsAnalyst == true))
        {
            var named = view.References
                .Where(r => r.Actor is { IsAnalyst: false, Type: ActorType.Country or ActorType.Person } && r.Side is Side.US or Side.Russia)
                .Select(r => r.Side)
                .Distinct()
                .ToList();
            side = named.Count == 1 ? named[0] : Side.Both;
        }

        if (side is not { } known)
        {
            return null;
        }

        var name = string.Join(" and ", group.SelectMany(r => r.Names).Distinct(StringComparer.Ordinal));
        if (group.Count == 1 && group[0].Kind == ReferenceKind.Joint)
        {
            name = string.Join(" and ", bothSides);
        }

        if (reporter is [{ IsPerson: true } person] && !group.Any(r => r.IsPerson) && (known == Side.Both || person.Side == known))
        {
            name = person.Names[0];
        }

        return new Holder(known, name, stanceStart, criticises, analyst);
    }

    /// <summary>"Washington criticised Moscow for …": the blamed actor, before the stance, is of the other side.</summary>
    private static bool BlamesTheOtherSide(SentenceView view, Side critic, int from, int anchor) =>
        view.References.FirstOrDefault(r => r.TokenStart >= from && r.TokenEnd <= anchor && r.Kind != ReferenceKind.Modifier) is { Side: { } blamed }
        && blamed != critic && blamed != Side.Both;

    /// <summary>"…, Lavrov said" or "…, said Lavrov": a reporting verb next to the actor, the pair set off by a comma.</summary>
    private bool IsAttributed(SentenceView view, ActorReference reference)
    {
        var tokens = view.Tokens;
        var last = Math.Min(tokens.Count - 1, reference.TokenEnd + TrailingAttributionReach);
        for (var start = Math.Max(0, reference.TokenStart - TrailingAttributionReach); start <= last; start++)
        {
            if (_topics.Reporting.MatchAt(tokens, start) is not null)
            {
                var first = Math.Min(start, reference.TokenStart);
                return tokens[first].BreakBefore != '\0' || view.QuoteAt(first - 1) is not null;
            }
        }

        return false;
    }

    /// <summary>
    /// "a resolution that backed a plan calling on Assad to step aside": a second stance inside a relative
    /// clause after the holder describes the thing named, not the holder. A "that" right after a reporting verb
    /// ("said on Monday that …") opens what was said, not a relative clause.
    /// </summary>
    private bool OpensRelativeClause(SentenceView view, int from, int anchor)
    {
        var tokens = view.Tokens;
        for (var i = Math.Max(0, from); i < anchor && i < tokens.Count; i++)
        {
            if (view.Vocabulary.RelativePronouns.Contains(tokens[i].Text)
                && _topics.Reporting.FindAll(tokens, Math.Max(0, i - RelativeReach), i).Count == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A negation a few words before the stance, in the same clause and with no punctuation between.</summary>
    private bool IsNegated(SentenceView view, int anchor, int clauseStart)
    {
        var tokens = view.Tokens;
        for (var end = anchor; end > Math.Max(clauseStart, anchor - NegationReach); end--)
        {
            if (tokens[end].BreakBefore != '\0')
            {
                return false;
            }

            if (_topics.Negations.EndsAt(tokens, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The clause after the holder, cut to a few words, where the lexicon names no stance.</summary>
    private string CompressedClause(ArticleDocument document, SentenceView view, int from, int clauseEnd)
    {
        var tokens = view.Tokens;
        var start = Math.Clamp(from, 0, tokens.Count - 1);
        while (start < clauseEnd - 1 && _topics.Reporting.MatchAt(tokens, start) is { } cue)
        {
            start = cue.End;
        }

        if (start < clauseEnd - 1 && tokens[start].Text == "that")
        {
            start++;
        }

        var end = Math.Clamp(start + StanceWords, start + 1, Math.Max(start + 1, clauseEnd));
        var words = document[new TextSpan(tokens[start].Start, tokens[Math.Min(end, tokens.Count) - 1].End)]
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).TrimEnd(',', '.', ';', ':');
    }

    /// <param name="StanceStart">The token after the holder, where a compressed stance begins.</param>
    private sealed record Holder(Side Side, string Name, int StanceStart, bool Criticises, bool IsAnalysis);
}
