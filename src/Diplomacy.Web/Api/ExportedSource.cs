namespace Diplomacy.Web.Api;

/// <summary>An article a record was read from; <c>start</c>/<c>end</c> are offsets into the article's raw text.</summary>
public sealed record ExportedSource(
    int ArticleId, string? Title, string? SourceName, int Start, int End, int? SentenceStart, int? SentenceEnd, string? Date, string Permalink);
