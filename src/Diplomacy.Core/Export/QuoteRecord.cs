namespace Diplomacy.Core.Export;

public sealed record QuoteRecord(string Text, string? Speaker, string? SpeakerCountry, string? Cue, string Attribution, int Paragraph, int Start, int End);
