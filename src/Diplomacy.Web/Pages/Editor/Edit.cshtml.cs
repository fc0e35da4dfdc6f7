using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Diplomacy.Data;
using Diplomacy.Data.Entities;
using Diplomacy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Web.Pages.Editor;

/// <summary>An editor corrects what extraction got wrong about an article: its title, its date, its source.</summary>
public sealed class EditModel(DiplomacyDbContext db, StoreCache cache, ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public CorrectionInput Input { get; set; } = new();

    public string FileName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.FileName, a.Title, a.Published, a.PublishedPrecision, a.SourceName, a.Url })
            .SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        FileName = article.FileName;
        Input = new CorrectionInput
        {
            Title = article.Title ?? "",
            Published = DateText.Iso(article.Published, article.PublishedPrecision),
            SourceName = article.SourceName,
            Url = article.Url,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        FileName = article.FileName;
        Core.Model.PartialDate? published = null;
        if (!string.IsNullOrWhiteSpace(Input.Published))
        {
            if (DateText.TryParse(Input.Published, out var date))
            {
                published = date;
            }
            else
            {
                ModelState.AddModelError("Input.Published", "Write the date as YYYY, YYYY-MM or YYYY-MM-DD.");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var editor = User.Identity?.Name ?? "editor";
        // Only what the editor actually changed becomes a correction that re-extraction keeps.
        var title = Input.Title.Trim();
        if (title != article.Title)
        {
            (article.Title, article.TitleSetBy) = (title, editor);
        }

        article.SourceName = string.IsNullOrWhiteSpace(Input.SourceName) ? null : Input.SourceName.Trim();
        article.Url = string.IsNullOrWhiteSpace(Input.Url) ? null : Input.Url.Trim();
        var (firstDay, precision) = StoredDate.FromPartial(published);
        if (firstDay != article.Published || precision != article.PublishedPrecision)
        {
            (article.Published, article.PublishedPrecision, article.PublishedSetBy) = (firstDay, precision, editor);
            article.PublishedConfidence = published is null ? null : 1.0;
            article.PublishedEvidence = string.Create(
                CultureInfo.InvariantCulture, $"Set by the editor {editor} on {DateTime.UtcNow:yyyy-MM-dd}.");
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Editor {Editor} corrected article {ArticleId}.", editor, id);
        await cache.StoreChangedAsync(cancellationToken);
        return Redirect($"/Articles/{id}");
    }

    public sealed record CorrectionInput : ArticleSourceFields
    {
        [Required]
        [StringLength(2000)]
        public string Title { get; init; } = "";

        [Display(Name = "Published (YYYY, YYYY-MM or YYYY-MM-DD)")]
        [StringLength(10)]
        public string? Published { get; init; }
    }
}
