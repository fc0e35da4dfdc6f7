using Diplomacy.Core.Model;

namespace Diplomacy.Web.Pages.Quotes;

/// <summary>A quote with each article that reported it.</summary>
public sealed record QuoteResult(int Id, string Text, int? SpeakerId, string? Speaker, string? SpeakerCountry, IReadOnlyList<QuoteReport> Reports);
