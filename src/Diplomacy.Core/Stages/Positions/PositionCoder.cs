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

    private readonly KnowledgeBase _knowledge;
    private readonly EventCueLexicon _cues;
    private readonly TopicLexicon _topics;

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
    }

    public void Process(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var reader = new DocumentReader(document, _cues.Vocabulary, _knowledge);
        foreach (var view in reader.ReadProse())
        {
            var coded = new HashSet<(Side, Topic)>();
            foreach (var (from, to) in Clauses(view))
            {
                if (_topics.Read(view.Tokens, from, to) is not { } reading
                    || ResolveHolder(view, reading, from, reader.BothSides) is not { } holder
                    || !coded.Add((holder.Side, reading.Topic.Topic)))
                {
                    continue;
                }

                document.Positions.Add(ToPosition(document, view, reading, holder, to));
            }
        }
    }

    private Position ToPosition(ArticleDocument document, SentenceView view, TopicReading reading, Holder holder, int clauseEnd)
    {
        var topic = reading.Topic;
        var polarity = topic.HasAxis && reading.Stance is { } s ? s.Polarity : 0;
        string stance;
        if (holder.Criticises && polarity != 0)
        {
            polarity = -polarity;
            stance = topic.PoleOf(polarity)!;
        }
        else
        {
            stance = reading.Stance?.Stance ?? CompressedClause(document, view, holder.StanceStart, clauseEnd);
        }

        var temporal = view.TemporalNear(reading.Anchor);
        var date = temporal is { IsFuture: false, Resolved: { } resolved } ? resolved : document.Published?.Date;
        return new Position(holder.Side, topic.Topic, stance, polarity, holder.Name, date, view.Sentence.Span, holder.IsAnalysis, view.Sentence.Index);
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
    /// The holder of the stance at the reading's anchor, in order: the critic in "A criticised B for X";
    /// the nearest US, Russian or joint subject before the stance (a quote's "we" is its speaker); an actor
    /// attributed after it ("…, Lavrov said"); the quote's speaker; an owner before it ("Kerry's visit").
    /// </summary>
    private Holder? ResolveHolder(SentenceView view, TopicReading reading, int clauseStart, IReadOnlyList<string> bothSides)
    {
        var tokens = view.Tokens;
        var anchor = reading.Anchor;
        var quote = view.QuoteAt(anchor);
        var speaker = quote?.Speaker;
        var speakerIsAnalyst = speaker is not null && IsAnalyst(view, speaker);

        foreach (var blame in _topics.Criticism.FindAll(tokens, clauseStart, anchor))
        {
            if (view.SubjectBefore(blame.Start, 0, r => r.Side is Side.US or Side.Russia) is { } critic
                && BlamesTheOtherSide(view, view.References[critic].Side!.Value, blame.End, anchor))
            {
                return Make(view, view.GroupEndingAt(critic), blame.End, criticises: true, speaker, speakerIsAnalyst, bothSides);
            }
        }

        if (view.SubjectBefore(anchor, 0, r => r.Side is not null && !IsAddressed(view, r)) is { } subject)
        {
            return Make(view, view.GroupEndingAt(subject), view.References[subject].TokenEnd, criticises: false, speaker, speakerIsAnalyst, bothSides);
        }

        foreach (var reference in view.References)
        {
            if (reference.TokenStart >= anchor && reference.Side is not null && reference.CanBeSubject && IsAttributed(view, reference))
            {
                return Make(view, [reference], anchor, criticises: false, speaker, speakerIsAnalyst, bothSides);
            }
        }

        if (speaker is not null)
        {
            var side = speakerIsAnalyst ? Side.Both : DocumentReader.SideOf(CountryOf(view, speaker));
            return side is { } known ? new Holder(known, speaker, anchor, false, speakerIsAnalyst) : null;
        }

        foreach (var reference in view.References.Reverse())
        {
            if (reference.TokenEnd <= anchor && reference.Kind == ReferenceKind.Possessive && reference.Side is not null)
            {
                return Make(view, [reference], reference.TokenEnd, criticises: false, speaker, speakerIsAnalyst, bothSides);
            }
        }

        return null;
    }

    private Holder? Make(
        SentenceView view,
        IReadOnlyList<ActorReference> group,
        int stanceStart,
        bool criticises,
        string? speaker,
        bool speakerIsAnalyst,
        IReadOnlyList<string> bothSides)
    {
        var side = SentenceView.SideOf(group);
        var holderActor = group[^1].Actor;
        var isAnalyst = speakerIsAnalyst || holderActor?.IsAnalyst == true;
        if (holderActor?.IsAnalyst == true || (speakerIsAnalyst && group.Any(r => r.Names.Contains(speaker!, StringComparer.Ordinal))))
        {
            side = Side.Both;
        }

        if (side is not { } known)
        {
            return null;
        }

        var name = known == Side.Both && group.Count == 1 && group[0].Kind == ReferenceKind.Joint
            ? string.Join(" and ", bothSides)
            : string.Join(" and ", group.SelectMany(r => r.Names).Distinct(StringComparer.Ordinal));
        if (group[^1].Actor?.Type != ActorType.Person && Reporter(view, group[0].TokenStart, speaker) is { } reporter
            && (known == Side.Both || DocumentReader.SideOf(CountryOf(view, reporter)) == known))
        {
            name = reporter;
        }

        return new Holder(known, name, stanceStart, criticises, isAnalyst);
    }

    /// <summary>The person who reports a country's or both sides' stance ("Clinton said the United States …", a quote's speaker).</summary>
    private string? Reporter(SentenceView view, int before, string? speaker)
    {
        if (speaker is not null)
        {
            return speaker;
        }

        foreach (var cue in _topics.Reporting.FindAll(view.Tokens, 0, before))
        {
            if (view.SubjectBefore(cue.Start, 0, r => r.IsPerson) is { } k)
            {
                return view.References[k].Names[0];
            }
        }

        return null;
    }

    /// <summary>"Washington criticised Moscow for …": the blamed actor, before the stance, is of the other side.</summary>
    private static bool BlamesTheOtherSide(SentenceView view, Side critic, int from, int anchor) =>
        view.References.FirstOrDefault(r => r.TokenStart >= from && r.TokenEnd <= anchor && r.Kind != ReferenceKind.Modifier) is { Side: { } blamed }
        && blamed != critic && blamed != Side.Both;

    /// <summary>"told Putin": the actor right after a verb of address is spoken to, not speaking.</summary>
    private bool IsAddressed(SentenceView view, ActorReference reference)
    {
        var before = reference.TokenStart;
        while (before > 0 && view.Vocabulary.Determiners.Contains(view.Tokens[before - 1].Text))
        {
            before--;
        }

        return _topics.Addressing.EndsAt(view.Tokens, before);
    }

    /// <summary>"…, Lavrov said" or "said Lavrov": a reporting verb next to the actor.</summary>
    private bool IsAttributed(SentenceView view, ActorReference reference)
    {
        var tokens = view.Tokens;
        for (var start = Math.Max(0, reference.TokenStart - TrailingAttributionReach); start <= Math.Min(tokens.Count - 1, reference.TokenEnd + TrailingAttributionReach); start++)
        {
            if (_topics.Reporting.MatchAt(tokens, start) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsAnalyst(SentenceView view, string name) =>
        view.References.FirstOrDefault(r => r.Names.Contains(name, StringComparer.Ordinal))?.Actor?.IsAnalyst
        ?? _knowledge.FindActor(name)?.IsAnalyst
        ?? false;

    private string? CountryOf(SentenceView view, string name) =>
        view.References.FirstOrDefault(r => r.Actor?.Name == name)?.Actor?.Country ?? _knowledge.FindActor(name)?.Country;

    /// <summary>The clause after the holder, cut to a few words, where the lexicon names no stance.</summary>
    private string CompressedClause(ArticleDocument document, SentenceView view, int from, int clauseEnd)
    {
        var tokens = view.Tokens;
        var start = Math.Min(from, tokens.Count - 1);
        while (start < clauseEnd - 1 && _topics.Reporting.MatchAt(tokens, start) is { } cue)
        {
            start = cue.End;
        }

        if (start < clauseEnd - 1 && tokens[start].Text == "that")
        {
            start++;
        }

        var end = Math.Min(clauseEnd, start + StanceWords);
        var words = document[new TextSpan(tokens[start].Start, tokens[Math.Max(start, end - 1)].End)]
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).TrimEnd(',', '.', ';', ':');
    }

    /// <param name="StanceStart">The token after the holder, where a compressed stance begins.</param>
    private sealed record Holder(Side Side, string Name, int StanceStart, bool Criticises, bool IsAnalysis);
}
