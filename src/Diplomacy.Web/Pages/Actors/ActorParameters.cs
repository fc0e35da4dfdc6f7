using Microsoft.AspNetCore.Mvc;

namespace Diplomacy.Web.Pages.Actors;

/// <summary>The actor list's query string, bound by the page and the API alike.</summary>
public sealed class ActorParameters
{
    /// <summary>Part of a name or alias.</summary>
    public string? Q { get; set; }

    /// <summary><c>us</c> or <c>russia</c>: the actor's country.</summary>
    public string? Side { get; set; }

    /// <summary><c>person</c>, <c>country</c>, <c>organisation</c> or <c>group</c>.</summary>
    public string? Kind { get; set; }

    /// <remarks>Read from the query only: Razor Pages keeps its own route value named "page".</remarks>
    [FromQuery(Name = "page")]
    public string? Page { get; set; }
}
