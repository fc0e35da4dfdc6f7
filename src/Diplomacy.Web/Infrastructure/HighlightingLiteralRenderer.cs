using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Diplomacy.Web.Infrastructure;

/// <summary>
/// Writes a literal run of Markdown text, cut wherever a highlight starts or ends, each piece wrapped in the
/// elements of every highlight covering it (outermost first). Literals arrive in document order, so a sweep over
/// the highlights sorted by start keeps the work linear in the text plus the highlights.
/// </summary>
internal sealed class HighlightingLiteralRenderer : HtmlObjectRenderer<LiteralInline>
{
    private readonly TextHighlight[] _sorted;
    private readonly List<TextHighlight> _active = [];
    private readonly HashSet<TextHighlight> _started = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<TextHighlight> _finished = new(ReferenceEqualityComparer.Instance);
    private int _next;

    public HighlightingLiteralRenderer(IEnumerable<TextHighlight> highlights) =>
        _sorted = [.. highlights.Where(h => h.End > h.Start).OrderBy(h => h.Start).ThenByDescending(h => h.End)];

    protected override void Write(HtmlRenderer renderer, LiteralInline obj)
    {
        var content = obj.Content;
        var start = obj.Span.Start;
        var end = obj.Span.End + 1;
        var isExact = !obj.Span.IsEmpty && content.Length == end - start;
        if (!isExact)
        {
            // An escape or entity changed the text's length: its offsets cannot be cut, so it is written whole.
            renderer.WriteEscape(ref content);
            return;
        }

        while (_next < _sorted.Length && _sorted[_next].Start < end)
        {
            _active.Add(_sorted[_next++]);
        }

        foreach (var done in _active.Where(h => h.End <= start).ToList())
        {
            WriteReference(renderer, done);
            _active.Remove(done);
        }

        var cuts = new SortedSet<int> { start, end };
        foreach (var highlight in _active)
        {
            if (highlight.Start > start && highlight.Start < end)
            {
                cuts.Add(highlight.Start);
            }

            if (highlight.End > start && highlight.End < end)
            {
                cuts.Add(highlight.End);
            }
        }

        var from = start;
        foreach (var to in cuts.Skip(1))
        {
            var covering = _active.Where(h => h.Start <= from && h.End >= to).ToList();
            foreach (var highlight in covering)
            {
                Open(renderer, highlight);
            }

            var piece = new StringSlice(content.Text, content.Start + (from - start), content.Start + (to - start) - 1);
            renderer.WriteEscape(ref piece);
            for (var i = covering.Count - 1; i >= 0; i--)
            {
                renderer.Write(covering[i].IsLink ? "</a>" : "</mark>");
            }

            foreach (var highlight in covering.Where(h => h.End == to))
            {
                WriteReference(renderer, highlight);
            }

            from = to;
        }
    }

    private void Open(HtmlRenderer renderer, TextHighlight highlight)
    {
        renderer.Write(highlight.IsLink ? "<a" : "<mark");
        renderer.Write(" class=\"").WriteEscape(highlight.CssClass).Write('"');
        if (highlight.Id is { } id && _started.Add(highlight))
        {
            renderer.Write(" id=\"").WriteEscape(id).Write('"');
        }

        if (highlight.IsLink)
        {
            renderer.Write(" href=\"").WriteEscapeUrl(highlight.Href).Write('"');
        }

        if (highlight.Title is { } title)
        {
            renderer.Write(" title=\"").WriteEscape(title).Write('"');
        }

        renderer.Write('>');
    }

    private void WriteReference(HtmlRenderer renderer, TextHighlight highlight)
    {
        if (highlight.IsLink || highlight.Href is null || !_finished.Add(highlight))
        {
            return;
        }

        renderer.Write("<a class=\"ref ref-").WriteEscape(highlight.CssClass).Write("\" href=\"").WriteEscapeUrl(highlight.Href).Write('"');
        if (highlight.Title is { } title)
        {
            renderer.Write(" title=\"").WriteEscape(title).Write('"');
        }

        renderer.Write('>').WriteEscape(highlight.RefLabel).Write("</a>");
    }
}
