using Diplomacy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Diplomacy.Web.Pages.Method;

/// <summary>The repository's <c>docs/*.md</c>, rendered; <c>/Method/extraction</c> shows <c>docs/extraction.md</c>.</summary>
[OutputCache(PolicyName = StoreCache.PolicyName)]
public sealed class IndexModel(RepositoryContent content, MarkdownRendering markdown) : PageModel
{
    public IReadOnlyList<DocumentLink> Documents { get; private set; } = [];

    public DocumentLink? Current { get; private set; }

    public string? Body { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken)
    {
        if (content.DocsDirectory is { } folder && Directory.Exists(folder))
        {
            Documents = [.. Directory.EnumerateFiles(folder, "*.md")
                .Select(path => new DocumentLink(Path.GetFileNameWithoutExtension(path), path))
                .OrderBy(d => d.Slug, StringComparer.Ordinal)];
        }

        if (slug is null)
        {
            return Page();
        }

        // Only a name from the folder's own listing is opened: no path from the URL reaches the file system.
        Current = Documents.FirstOrDefault(d => string.Equals(d.Slug, slug, StringComparison.OrdinalIgnoreCase));
        if (Current is null)
        {
            return NotFound();
        }

        var text = await System.IO.File.ReadAllTextAsync(Current.Path, cancellationToken);
        Body = markdown.RenderDocument(text, RewriteLink);
        return Page();
    }

    /// <summary>A link to a sibling <c>.md</c> file becomes a link to its page here; other links are kept.</summary>
    private string RewriteLink(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 ? "" : url[hash..];
        var name = path.StartsWith("docs/", StringComparison.Ordinal) ? path[5..] : path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;
        var target = Documents.FirstOrDefault(d => string.Equals(d.Slug + ".md", name, StringComparison.OrdinalIgnoreCase));
        return target is null ? url : "/Method/" + target.Slug + fragment;
    }

    public sealed record DocumentLink(string Slug, string Path)
    {
        public string Title => string.Join(' ', Slug.Split('-', '_')) is var words && words.Length > 0
            ? char.ToUpperInvariant(words[0]) + words[1..]
            : Slug;
    }
}
