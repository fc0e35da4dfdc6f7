using Microsoft.AspNetCore.Mvc;

namespace Diplomacy.Web.Pages.Quotes;

/// <summary>The quote search's query string, bound by the page and the API alike.</summary>
public sealed class QuoteParameters
{
    /// <summary>The speaker's actor id.</summary>
    public string? Speaker { get; set; }

    /// <summary><c>us</c> or <c>russia</c>: the speaker's country.</summary>
    public string? Side { get; set; }

    /// <summary>A topic coded from the quote's sentence, e.g. <c>assad_fate</c>.</summary>
    public string? Topic { get; set; }

    /// <summary>Words the quote must contain (stemmed full-text search).</summary>
    public string? Q { get; set; }

    /// <summary>1-based page number.</summary>
    /// <remarks>Read from the query only: Razor Pages keeps its own route value named "page".</remarks>
    [FromQuery(Name = "page")]
    public string? Page { get; set; }
}
