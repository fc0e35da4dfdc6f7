using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Diplomacy.Web.Tests.Support;

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> GetPageAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue($"GET {url} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        return Parser.ParseDocument(body);
    }

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The anchors (ids) of the timeline entries on a page, in order.</summary>
    public static IReadOnlyList<string> EntryIds(this IDocument page) =>
        [.. page.QuerySelectorAll("li.entry").Select(e => e.Id!)];

    public static string TextOf(this IDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"No element matches {selector}.");
}
