using Diplomacy.Core.Text;

namespace Diplomacy.Core.Model;

/// <summary>
/// The one document every pipeline stage reads and adds a layer to. Spans index <see cref="Text"/>;
/// <see cref="ToSource(TextSpan)"/> maps them to the text as read, which is what exports and pages cite.
/// </summary>
public sealed class ArticleDocument
{
    public ArticleDocument(string fileName, string source)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(source);
        FileName = fileName;
        Source = source;
        Text = source;
    }

    public string FileName { get; }

    /// <summary>The text exactly as decoded from the file.</summary>
    public string Source { get; }

    /// <summary>The working text: repaired, with hard wraps inside blocks folded to spaces.</summary>
    public string Text { get; private set; }

    public OffsetMap SourceMap { get; private set; } = OffsetMap.Identity;

    public List<TextRepair> Repairs { get; } = [];

    public List<Block> Blocks { get; } = [];

    public TextSpan? Title => Blocks.Find(b => b.Kind == BlockKind.Title)?.Span;

    /// <summary>Datelines and timestamps in reading order: Dateline blocks and paragraph leads alike.</summary>
    public List<Dateline> Datelines { get; } = [];

    public List<Sentence> Sentences { get; } = [];

    public PublicationDate? Published { get; set; }

    public List<TemporalExpression> TemporalExpressions { get; } = [];

    public List<ActorMention> Mentions { get; } = [];

    /// <summary>The actors of this article by canonical name.</summary>
    public Dictionary<string, ArticleActor> Actors { get; } = new(StringComparer.Ordinal);

    public List<Quote> Quotes { get; } = [];

    public List<DiplomaticEvent> Events { get; } = [];

    public List<Position> Positions { get; } = [];

    public List<ConsistencyFlag> Flags { get; } = [];

    public string this[TextSpan span] => Text[span.Start..span.End];

    public TextSpan ToSource(TextSpan span) => SourceMap.ToSource(span);

    /// <summary>Replaces the text after a repair that may change lengths; only valid before any span is recorded.</summary>
    public void ReplaceText(string repaired, OffsetMap map)
    {
        ArgumentNullException.ThrowIfNull(repaired);
        ArgumentNullException.ThrowIfNull(map);
        if (Blocks.Count > 0 || Sentences.Count > 0)
        {
            throw new InvalidOperationException("The text can change length only before layout.");
        }

        Text = repaired;
        SourceMap = map;
    }

    /// <summary>Rewrites characters in place (a hard wrap folded to a space); offsets stay valid.</summary>
    public void RewriteInPlace(string rewritten)
    {
        ArgumentNullException.ThrowIfNull(rewritten);
        if (rewritten.Length != Text.Length)
        {
            throw new ArgumentException("An in-place rewrite must keep the text's length.", nameof(rewritten));
        }

        Text = rewritten;
    }

    /// <summary>The sentences inside prose blocks (paragraphs, headings excluded).</summary>
    public IEnumerable<Sentence> ProseSentences => Sentences.Where(s => Blocks[s.BlockIndex].Kind == BlockKind.Paragraph);

    public Sentence? SentenceAt(int position) => Sentences.Find(s => s.Span.Contains(position));
}
