using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Diplomacy.Data.Import;
using Diplomacy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diplomacy.Web.Pages.Editor;

/// <summary>An editor adds an article by pasting its text or uploading a file; it is extracted and stored at once.</summary>
[RequestSizeLimit(ArticleSubmission.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ArticleSubmission.MaxRequestBytes, ValueLengthLimit = ArticleSubmission.MaxRequestBytes)]
public sealed class IndexModel(ArticleImporter importer, StoreCache cache, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty]
    public ArticleInput Input { get; set; } = new();

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var hasText = !string.IsNullOrWhiteSpace(Input.Text);
        if (hasText == (Input.Upload is { Length: > 0 }))
        {
            Error = hasText ? "Paste the text or choose a file, not both." : "Paste the article's text or choose a file.";
            return Page();
        }

        byte[] content;
        string fileName;
        if (hasText)
        {
            content = Encoding.UTF8.GetBytes(Input.Text!);
            fileName = "pasted-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + ".txt";
        }
        else
        {
            Error = ArticleSubmission.TooLarge(Input.Upload!.Length);
            if (Error is not null)
            {
                return Page();
            }

            using var buffer = new MemoryStream();
            await Input.Upload.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
            fileName = Path.GetFileName(Input.Upload.FileName.Replace('\\', '/'));
        }

        Error = ArticleSubmission.Check(content);
        if (Error is not null)
        {
            return Page();
        }

        var result = await importer.ImportAsync(
            ArticleFile.FromBytes(fileName, content),
            new ArticleOrigin(User.Identity?.Name ?? "editor", Input.SourceName, Input.Url),
            cancellationToken);
        switch (result.Outcome)
        {
            case ImportOutcome.Added:
                logger.LogInformation("Editor {Editor} added article {ArticleId} ({File}).", User.Identity?.Name, result.ArticleId, fileName);
                await cache.StoreChangedAsync(cancellationToken);
                return Redirect($"/Articles/{result.ArticleId}");
            case ImportOutcome.AlreadyPresent:
                Error = "This text is already stored: nothing was added. Search the articles for its title to find it.";
                return Page();
            default:
                Error = "The article could not be stored: " + result.Error;
                return Page();
        }
    }

    public sealed record ArticleInput : ArticleSourceFields
    {
        [Display(Name = "Article text")]
        public string? Text { get; init; }

        [Display(Name = "Or a text file")]
        public IFormFile? Upload { get; init; }
    }
}
