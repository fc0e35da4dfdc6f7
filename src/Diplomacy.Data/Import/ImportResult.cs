namespace Diplomacy.Data.Import;

/// <summary>What happened to one article.</summary>
/// <param name="Quotes">Quote reports stored for the article (some may be new sources of quotes other articles reported).</param>
/// <param name="Events">Event reports stored for the article.</param>
/// <param name="Error">Why the article failed, in plain words.</param>
public sealed record ImportResult(
    string Name,
    ImportOutcome Outcome,
    int? ArticleId = null,
    int Quotes = 0,
    int Events = 0,
    string? Error = null);
