using Diplomacy.Core.Model;
using Diplomacy.Core.Pipeline;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Quotes;

/// <summary>
/// Extracts every direct quotation with its speaker: quote marks paired by <see cref="QuoteMarkScanner"/>,
/// transcript turns, explicit cues, pronouns, and continuation quotes carried from the speaker before them.
/// </summary>
/// <remarks>Reads Blocks, Sentences, Mentions and Actors; writes Quotes.</remarks>
public sealed class QuoteExtractor : IPipelineStage
{
    /// <summary>Quotes this short are kept only with a verb of saying: otherwise they are scare quotes or titles.</summary>
    private const int ScareQuoteMaxWords = 4;

    private readonly SpeakerAttributor _attributor;
    private readonly TranscriptLabelReader _labels;

    public QuoteExtractor(SpeechLexicon lexicon)
    {
        _attributor = new SpeakerAttributor(lexicon);
        _labels = new TranscriptLabelReader(lexicon);
    }

    public void Process(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = new MentionIndex(document);
        var prose = new List<int>();
        var turns = new Dictionary<int, TranscriptTurn>();
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            var kind = document.Blocks[b].Kind;
            if (kind == BlockKind.Paragraph && _labels.Read(document, mentions, b) is { } turn)
            {
                turns[b] = turn;
            }
            else if (kind is BlockKind.Paragraph or BlockKind.Dateline)
            {
                prose.Add(b);
            }
        }

        var isTranscript = turns.Count >= 2;
        var scanned = QuoteMarkScanner.Scan(document, isTranscript ? prose.Where(b => !ContinuesTurn(document, turns, b)).ToList() : prose);
        var quotesByBlock = scanned.Select((q, i) => (q, i)).ToLookup(x => x.q.BlockIndex);
        var sentencesByBlock = document.Sentences.ToLookup(s => s.BlockIndex);

        var finalIndex = new Dictionary<int, int>();
        string? lastSpeaker = null;
        var lastSpeakerBlock = -1;
        var lastSpeakerQuoted = false;
        var runsOn = new List<int>();
        string? turnSpeaker = null;
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            if (turns.TryGetValue(b, out var turn))
            {
                turnSpeaker = turn.Speaker;
                AddTurn(document, turn.Words, turn.Speaker, Attribution.Label, turn.Label);
                continue;
            }

            if (document.Blocks[b].Kind == BlockKind.Paragraph && isTranscript && ContinuesTurn(document, turns, b))
            {
                AddTurn(document, document.Blocks[b].Span, turnSpeaker, Attribution.Carried, null);
                continue;
            }

            var blockQuotes = quotesByBlock[b].ToList();
            if (blockQuotes.Count == 0)
            {
                if (document.Blocks[b].Kind == BlockKind.Paragraph && ReportedSpeakerOf(document, mentions, sentencesByBlock[b]) is { } reported)
                {
                    (lastSpeaker, lastSpeakerBlock, lastSpeakerQuoted) = (reported, b, false);
                }

                continue;
            }

            var nextOpenMarks = new int?[blockQuotes.Count];
            for (var k = blockQuotes.Count - 2; k >= 0; k--)
            {
                nextOpenMarks[k] = blockQuotes[k + 1].q.OpenMark ?? nextOpenMarks[k + 1];
            }

            string? blockSpeaker = null;
            for (var k = 0; k < blockQuotes.Count; k++)
            {
                var (quote, scannedIndex) = blockQuotes[k];
                var nextOpen = nextOpenMarks[k];
                var cue = quote.Parent is { } parent && finalIndex.TryGetValue(parent, out var outer)
                    ? new SpeakerCue(document.Quotes[outer].Speaker, Attribution.Carried, null)
                    : _attributor.FindCue(document, mentions, quote, document.Blocks[b].Span, nextOpen) ?? LeadIn(document, mentions, quote, b);

                cue ??= blockSpeaker is not null
                    ? new SpeakerCue(blockSpeaker, Attribution.Carried, null)
                    : lastSpeaker is not null && lastSpeakerBlock == PreviousProseBlock(document, b) && OpensBlock(document, quote, b)
                        ? new SpeakerCue(lastSpeaker, lastSpeakerQuoted ? Attribution.Carried : Attribution.Inferred, null)
                        : new SpeakerCue(null, Attribution.None, null);

                if (WordCount(document.Text, quote.Span) <= ScareQuoteMaxWords && (cue.Speaker is null || cue.Attribution == Attribution.Inferred) && quote.Parent is null)
                {
                    continue;
                }

                finalIndex[scannedIndex] = document.Quotes.Count;
                if (quote.CloseMark is null)
                {
                    runsOn.Add(document.Quotes.Count);
                }

                document.Quotes.Add(new Quote(
                    quote.Span,
                    Fold(document[quote.Span]),
                    cue.Speaker,
                    cue.Attribution,
                    cue.CueSpan is { } span ? Fold(document[span]) : null,
                    cue.CueSpan,
                    quote.Parent is { } p && finalIndex.TryGetValue(p, out var parentIndex) ? parentIndex : null));

                if (cue.Speaker is not null && quote.Parent is null)
                {
                    blockSpeaker = cue.Speaker;
                    (lastSpeaker, lastSpeakerBlock, lastSpeakerQuoted) = (cue.Speaker, b, true);
                }
            }

            if (blockSpeaker is null && ReportedSpeakerOf(document, mentions, sentencesByBlock[b]) is { } reportedHere)
            {
                (lastSpeaker, lastSpeakerBlock, lastSpeakerQuoted) = (reportedHere, b, false);
            }
        }

        GiveRunOnQuotesTheirSpeaker(document, runsOn);
    }

    /// <summary>
    /// A quote left open at the end of its paragraph runs on into the next one (the wire convention), and the
    /// attribution usually follows the last part: the run-on part takes the speaker of the quote after it.
    /// </summary>
    private static void GiveRunOnQuotesTheirSpeaker(ArticleDocument document, List<int> runsOn)
    {
        for (var k = runsOn.Count - 1; k >= 0; k--)
        {
            var index = runsOn[k];
            if (document.Quotes[index].Speaker is null && index + 1 < document.Quotes.Count && document.Quotes[index + 1].Speaker is { } next)
            {
                document.Quotes[index] = document.Quotes[index] with { Speaker = next, Attribution = Attribution.Carried };
            }
        }
    }

    /// <summary>A continuation quote opens its paragraph: nothing but white space before its first mark.</summary>
    /// <summary>A quote set off under a paragraph ending in a colon ("Lavrov put it this way:") takes its speaker from that lead-in.</summary>
    private SpeakerCue? LeadIn(ArticleDocument document, MentionIndex mentions, QuotedSpan quote, int block)
    {
        var previous = PreviousProseBlock(document, block);
        if (previous < 0 || !OpensBlock(document, quote, block))
        {
            return null;
        }

        var leadIn = document.Blocks[previous].Span;
        var end = leadIn.End;
        while (end > leadIn.Start && char.IsWhiteSpace(document.Text[end - 1]))
        {
            end--;
        }

        return end > leadIn.Start && document.Text[end - 1] == ':' ? _attributor.FindLeadIn(document, mentions, new TextSpan(leadIn.Start, end)) : null;
    }

    /// <summary>Whether only blanks (or a block quote's "&gt;") stand before the quote in its block.</summary>
    private static bool OpensBlock(ArticleDocument document, QuotedSpan quote, int block)
    {
        var start = document.Blocks[block].Span.Start;
        var first = quote.OpenMark ?? quote.Span.Start;
        return document.Text.AsSpan(start, first - start).TrimStart('>').IsWhiteSpace();
    }

    /// <summary>The index of the nearest paragraph before a block (headings and datelines between do not break a speaker's run).</summary>
    private static int PreviousProseBlock(ArticleDocument document, int block)
    {
        for (var b = block - 1; b >= 0; b--)
        {
            if (document.Blocks[b].Kind == BlockKind.Paragraph)
            {
                return b;
            }
        }

        return -1;
    }

    private string? ReportedSpeakerOf(ArticleDocument document, MentionIndex mentions, IEnumerable<Sentence> sentences)
    {
        string? speaker = null;
        foreach (var sentence in sentences)
        {
            speaker = _attributor.ReportedSpeaker(document, mentions, sentence.Span) ?? speaker;
        }

        return speaker;
    }

    /// <summary>In a transcript, an unlabelled paragraph after a labelled one is the same speaker going on.</summary>
    private static bool ContinuesTurn(ArticleDocument document, Dictionary<int, TranscriptTurn> turns, int block)
    {
        for (var b = block - 1; b >= 0; b--)
        {
            if (turns.ContainsKey(b))
            {
                return true;
            }

            if (document.Blocks[b].Kind is BlockKind.Heading or BlockKind.Title)
            {
                return false;
            }
        }

        return false;
    }

    private static void AddTurn(ArticleDocument document, TextSpan words, string? speaker, Attribution attribution, TextSpan? label)
    {
        if (words.IsEmpty)
        {
            return;
        }

        document.Quotes.Add(new Quote(words, Fold(document[words]), speaker, speaker is null ? Attribution.None : attribution, label is { } l ? Fold(document[l]) : null, label));
    }

    private static int WordCount(string text, TextSpan span) => WordTokenizer.Tokenize(text, span).Count(t => t.IsWord);

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
