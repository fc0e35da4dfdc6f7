using Diplomacy.Core.Model;
using Diplomacy.Core.Pipeline;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Layout;

/// <summary>
/// Stage 2. Reads the repaired <see cref="ArticleDocument.Text"/>; writes <see cref="ArticleDocument.Blocks"/>
/// (title, decks, headings, datelines, paragraphs and boilerplate with its reason, in reading order) and
/// <see cref="ArticleDocument.Datelines"/>, and folds each hard wrap inside a block into a space in place,
/// so offsets stay valid and a block reads as one line.
/// </summary>
/// <remarks>
/// A dateline that opens a paragraph ("MOSCOW (Reuters) - The United States…") stays inside the paragraph,
/// and so inside its first sentence; it is recorded as an inline <see cref="Dateline"/> over the lead's span
/// so the date stage finds every dateline in one list.
/// </remarks>
public sealed class LayoutAnalyzer : IPipelineStage
{
    /// <summary>Markdown's deepest heading level.</summary>
    private const int MaxHeadingMarks = 6;

    private readonly BlockClassifier _classifier;
    private readonly LayoutLexicon _lexicon;

    public LayoutAnalyzer()
        : this(LayoutLexicon.LoadDefault())
    {
    }

    public LayoutAnalyzer(LayoutLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        _classifier = new BlockClassifier(lexicon);
    }

    public void Process(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = LineGrouper.SplitLines(document.Text);
        var groups = new LineGrouper(document.Text, lines, _lexicon).Group();
        FoldHardWraps(document, lines, groups);

        var text = document.Text;
        var drafts = groups.ConvertAll(g => new BlockDraft(text, WithoutHeadingMarks(text, new TextSpan(lines[g.FirstLine].Start, lines[g.LastLine].End)), g.FirstLine, g.LastLine, g.Chunk));
        _classifier.Classify(drafts);

        foreach (var draft in drafts)
        {
            var index = document.Blocks.Count;
            var kind = draft.Kind ?? BlockKind.Paragraph;
            document.Blocks.Add(new Block(kind, draft.Span, draft.Reason));
            if (kind == BlockKind.Dateline)
            {
                document.Datelines.Add(new Dateline(draft.Span, index, IsInline: false));
            }
            else if (kind == BlockKind.Paragraph && DatelineRecognizer.LeadLength(draft.PrefixSpan(DatelineRecognizer.MaxLeadLength)) is > 0 and var length)
            {
                var lead = draft.PrefixSpan(length).TrimEnd();
                document.Datelines.Add(new Dateline(new TextSpan(draft.Span.Start, draft.Span.Start + lead.Length), index, IsInline: true));
            }
        }
    }

    /// <summary>
    /// A Markdown heading's "#" marks ("## What Putin offered") are layout, not the heading's words. A marked line of
    /// digits ("# 07 December 2012 00:47") is left whole: it is a timestamp, not a heading.
    /// </summary>
    private static TextSpan WithoutHeadingMarks(string text, TextSpan span)
    {
        var marks = 0;
        while (marks < span.Length && marks < MaxHeadingMarks && text[span.Start + marks] == '#')
        {
            marks++;
        }

        return marks > 0 && marks + 1 < span.Length && text[span.Start + marks] == ' ' && char.IsLetter(text[span.Start + marks + 1])
            ? new TextSpan(span.Start + marks + 1, span.End)
            : span;
    }

    private static void FoldHardWraps(ArticleDocument document, List<TextLine> lines, List<LineGroup> groups)
    {
        char[]? folded = null;
        foreach (var group in groups)
        {
            for (var line = group.FirstLine; line < group.LastLine; line++)
            {
                folded ??= document.Text.ToCharArray();
                for (var i = lines[line].End; i < lines[line + 1].Start; i++)
                {
                    if (folded[i] == '\n')
                    {
                        folded[i] = ' ';
                    }
                }
            }
        }

        if (folded is not null)
        {
            document.RewriteInPlace(new string(folded));
        }
    }
}
