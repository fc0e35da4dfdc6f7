namespace Diplomacy.Web.Api;

public sealed record ExportedQuote(int QuoteId, string Text, int? SpeakerId, string? Speaker, ExportedSource Source);
