using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;
using Diplomacy.Core.Stages.Actors;
using Diplomacy.Core.Stages.Dates;
using Diplomacy.Core.Stages.Events;
using Diplomacy.Core.Stages.Layout;
using Diplomacy.Core.Stages.Positions;
using Diplomacy.Core.Stages.Quotes;
using Diplomacy.Core.Stages.Repair;
using Diplomacy.Core.Stages.Sentences;

namespace Diplomacy.Core.Pipeline;

/// <summary>
/// The ingestion pipeline: an ordered, immutable list of stages over one <see cref="ArticleDocument"/>.
/// A built pipeline holds no per-document state and is safe to share between threads.
/// </summary>
public sealed class ExtractionPipeline
{
    private ExtractionPipeline(IReadOnlyList<IPipelineStage> stages) => Stages = stages;

    /// <summary>
    /// The longest article accepted, in characters (and bytes, for files): a news article is rarely over 100 KB,
    /// and a cap keeps every extraction well under a second, so larger input is refused with a clear message.
    /// </summary>
    public const int MaxArticleLength = 2 * 1024 * 1024;

    public IReadOnlyList<IPipelineStage> Stages { get; }

    /// <summary>Every stage, in the order each one's inputs require.</summary>
    public static ExtractionPipeline CreateDefault(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return new ExtractionPipeline(
        [
            new TextRepairer(),
            new LayoutAnalyzer(),
            new SentenceSegmenter(),
            new DateResolver(knowledge),
            new ActorRecognizer(knowledge, PeopleLexicon.LoadDefault()),
            new QuoteExtractor(SpeechLexicon.LoadDefault()),
            new EventCoder(knowledge),
            new PositionCoder(knowledge),
        ]);
    }

    /// <summary>Decodes a file's bytes and extracts; throws <see cref="ArticleRejectedException"/> for input that is not article text.</summary>
    public ArticleDocument Process(string fileName, ReadOnlySpan<byte> content) => Process(fileName, ArticleDecoder.Decode(content));

    public ArticleDocument Process(string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxArticleLength)
        {
            throw new ArticleRejectedException($"The text is {text.Length / (1024 * 1024.0):F1} MB; articles are limited to {MaxArticleLength / (1024 * 1024)} MB.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleRejectedException("The text is empty: there is no article to read.");
        }

        var document = new ArticleDocument(fileName, text);
        foreach (var stage in Stages)
        {
            stage.Process(document);
        }

        return document;
    }
}
