namespace Diplomacy.Web.Api;

public sealed record ExportedQuoteReport(ExportedSource Source, string Attribution, string? Cue);
