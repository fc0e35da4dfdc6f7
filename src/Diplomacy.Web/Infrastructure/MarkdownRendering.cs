using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Diplomacy.Web.Infrastructure;

/// <summary>
/// Markdown to HTML with HTML in the source disabled, so no article or document can inject markup: a
/// <c>&lt;script&gt;</c> in the text is printed as text. Articles are plain news text, so their pipeline also drops
/// links, autolinks and indented code, and keeps each inline's exact position in the source to place highlights.
/// </summary>
public sealed class MarkdownRendering
{
    private static readonly HashSet<string> SafeSchemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" };

    private readonly MarkdownPipeline _documents = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers()
        .UseEmphasisExtras()
        .UseListExtras()
        .DisableHtml()
        .Build();

    private readonly MarkdownPipeline _articles = BuildArticlePipeline();

    /// <summary>A document of <c>docs/</c>; each link is passed through <paramref name="rewriteLink"/>, and links to other schemes are dropped.</summary>
    public string RenderDocument(string markdown, Func<string, string> rewriteLink)
    {
        ArgumentNullException.ThrowIfNull(rewriteLink);
        var document = Markdown.Parse(markdown, _documents);
        foreach (var link in document.Descendants<LinkInline>())
        {
            link.Url = link.Url is { } url ? (HasUnsafeScheme(url) ? "#" : rewriteLink(url)) : null;
        }

        return document.ToHtml(_documents);
    }

    /// <summary>An article's raw text with <paramref name="highlights"/> (offsets into <paramref name="text"/>) marked.</summary>
    public string RenderArticle(string text, IEnumerable<TextHighlight> highlights)
    {
        var document = Markdown.Parse(text, _articles);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _articles.Setup(renderer);
        renderer.ObjectRenderers.Replace<LiteralInlineRenderer>(new HighlightingLiteralRenderer(highlights));
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static MarkdownPipeline BuildArticlePipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation().DisableHtml();
        builder.BlockParsers.TryRemove<IndentedCodeBlockParser>();
        builder.InlineParsers.TryRemove<LinkInlineParser>();
        builder.InlineParsers.TryRemove<AutolinkInlineParser>();
        return builder.Build();
    }

    private static bool HasUnsafeScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (slash < 0 || colon < slash) && !SafeSchemes.Contains(url[..colon]);
    }
}
