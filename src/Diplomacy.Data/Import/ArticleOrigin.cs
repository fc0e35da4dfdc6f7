namespace Diplomacy.Data.Import;

/// <summary>Who adds articles, and where they came from when the person adding them knows.</summary>
public sealed record ArticleOrigin(string AddedBy, string? SourceName = null, string? Url = null);
