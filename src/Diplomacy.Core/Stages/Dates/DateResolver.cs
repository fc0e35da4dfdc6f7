using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;
using Diplomacy.Core.Pipeline;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>
/// Dates the article and every date phrase in it.
/// Reads: <see cref="ArticleDocument.Text"/>, <see cref="ArticleDocument.Blocks"/> (boilerplate ignored: captions carry
/// other dates), <see cref="ArticleDocument.Sentences"/>, and the knowledge base's happenings and dated roles.
/// Writes: <see cref="ArticleDocument.Published"/> (see <see cref="PublicationDateEstimator"/> for the method),
/// <see cref="ArticleDocument.TemporalExpressions"/> (each resolved against the publication date) and
/// <see cref="ArticleDocument.Flags"/> for explicit dates and document numbers that contradict the knowledge file.
/// </summary>
public sealed class DateResolver : IPipelineStage
{
    private readonly TemporalExpressionFinder _finder;
    private readonly TenseClassifier _tense;
    private readonly HappeningMatcher _happenings;
    private readonly OfficeHolderMatcher _offices;
    private readonly ActorMentionIndex _actors;
    private readonly DatelineFinder _datelines;
    private readonly DocumentNumberChecker _documentNumbers;
    private readonly PublicationDateEstimator _estimator;

    public DateResolver(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var lexicon = TemporalLexicon.LoadDefault();
        _finder = new TemporalExpressionFinder(lexicon);
        _tense = new TenseClassifier(lexicon);
        _happenings = new HappeningMatcher(knowledge.Happenings);
        _offices = new OfficeHolderMatcher(knowledge, lexicon);
        _actors = new ActorMentionIndex(knowledge);
        _datelines = new DatelineFinder(_finder, lexicon);
        _documentNumbers = new DocumentNumberChecker(knowledge.Happenings, lexicon);
        _estimator = new PublicationDateEstimator(knowledge, _actors);
    }

    public void Process(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var datelines = _datelines.Find(document);
        var reading = Read(document, datelines);
        // Pooled over every sentence: "we agreed to convene a conference" looks ahead, yet its cues name the meeting that agreed it.
        var spreadAllusions = _happenings.CompleteAcross(reading.Sentences.Select(s => (s.Span, s.CueGroups)).Concat(reading.DatelineCues));
        document.Published = _estimator.Estimate(document.Text, datelines, reading.Sentences, spreadAllusions);
        foreach (var sentence in reading.Sentences)
        {
            foreach (var phrase in sentence.Phrases)
            {
                document.TemporalExpressions.Add(TemporalExpressionResolver.Resolve(document.Text, phrase, sentence.LooksAhead(phrase), document.Published?.Date));
            }
        }

        document.Flags.AddRange(DateContradictionFinder.Find(document.Text, reading.Sentences));
        document.Flags.AddRange(_documentNumbers.Find(document.Text, reading.Citations));
    }

    /// <summary>Reads every sentence of the article's content; datelines and boilerplate are not content.</summary>
    private ArticleReading Read(ArticleDocument document, IReadOnlyList<DatelineDate> datelines)
    {
        var text = document.Text;
        var readings = new List<SentenceReading>();
        var datelineCues = new List<(TextSpan, IReadOnlyDictionary<int, ulong>)>();
        var citations = new List<DocumentCitation>();
        var datelineStarts = datelines.Select(d => d.Span.Start).Order().ToArray();
        foreach (var (span, kind) in ContentSentences(document))
        {
            if (kind == BlockKind.Boilerplate)
            {
                continue;
            }

            var leadingDateline = DatelineAt(span, datelineStarts, datelines);
            if (kind == BlockKind.Dateline || leadingDateline?.End >= span.End)
            {
                datelineCues.Add((span, _happenings.MatchCueGroups(text, RunTokenizer.Tokenize(text, span))));
                continue;
            }

            // A wire dateline's date ("MOSCOW, May 7 (Reuters) -") is the writing's, not the time the sentence tells of.
            var tokens = RunTokenizer.Tokenize(text, leadingDateline is { } dateline ? new TextSpan(dateline.End, span.End) : span);
            var cueGroups = _happenings.MatchCueGroups(text, tokens);

            var actors = new Dictionary<string, int>(StringComparer.Ordinal);
            _actors.CountMentions(text, tokens, actors);
            citations.AddRange(_documentNumbers.Cite(text, tokens));
            readings.Add(new SentenceReading(
                span,
                _finder.Find(text, tokens),
                _tense.FirstFutureMarker(text, tokens),
                _happenings.Complete(cueGroups),
                cueGroups,
                _offices.Find(text, tokens),
                actors));
        }

        return new ArticleReading(readings, datelineCues, citations);
    }

    /// <summary>The dateline that covers the sentence's start: the whole sentence, or the wire lead it opens with.</summary>
    private static TextSpan? DatelineAt(TextSpan span, int[] datelineStarts, IReadOnlyList<DatelineDate> datelines)
    {
        var index = Array.BinarySearch(datelineStarts, span.Start);
        var candidate = index >= 0 ? index : ~index - 1;
        return candidate >= 0 && datelines.FirstOrDefault(d => d.Span.Start == datelineStarts[candidate] && d.Span.End > span.Start) is { } covering
            ? covering.Span
            : null;
    }

    /// <summary>The sentences with their block's kind; where no stage has split the text, each block (or the whole text) stands as one sentence.</summary>
    private static IEnumerable<(TextSpan Span, BlockKind Kind)> ContentSentences(ArticleDocument document)
    {
        if (document.Sentences.Count > 0)
        {
            return document.Sentences.Select(s => (s.Span, s.BlockIndex < document.Blocks.Count ? document.Blocks[s.BlockIndex].Kind : BlockKind.Paragraph));
        }

        if (document.Blocks.Count > 0)
        {
            return document.Blocks.Select(b => (b.Span, b.Kind));
        }

        return [(new TextSpan(0, document.Text.Length), BlockKind.Paragraph)];
    }
}
