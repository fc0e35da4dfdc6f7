namespace Diplomacy.Web.Infrastructure;

/// <summary>A span of an article's raw text to mark on its page.</summary>
/// <param name="End">Exclusive.</param>
/// <param name="Id">The element id of the highlight's first piece, for links into the article.</param>
/// <param name="Href">Where the highlight links to: the whole span becomes the link, unless <paramref name="RefLabel"/> is set.</param>
/// <param name="RefLabel">The text of a small link placed after the span (for spans that contain other links).</param>
public sealed record TextHighlight(
    int Start, int End, string CssClass, string? Id = null, string? Href = null, string? Title = null, string? RefLabel = null)
{
    public bool IsLink => Href is not null && RefLabel is null;
}
