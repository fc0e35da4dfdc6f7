namespace Diplomacy.Web.Api;

public sealed record ExportedQuoteResult(
    int Id, string Text, int? SpeakerId, string? Speaker, string? SpeakerCountry, IReadOnlyList<ExportedQuoteReport> Reports);
