using System.ComponentModel.DataAnnotations;

namespace Diplomacy.Web.Pages.Editor;

/// <summary>Where an article came from, as an editor types it when adding or correcting one; both forms check it alike.</summary>
public abstract record ArticleSourceFields
{
    [Display(Name = "Source (outlet)")]
    [StringLength(200)]
    public string? SourceName { get; init; }

    [Display(Name = "Address (URL)")]
    [Url]
    [StringLength(2000)]
    public string? Url { get; init; }
}
