using Diplomacy.Core.Model;

namespace Diplomacy.Data.Import;

/// <summary>A file after reading and extraction: a document to store, or already a final result (failed, already present).</summary>
internal sealed record PreparedArticle(string Name, string? Hash, ArticleDocument? Document, ImportResult? Result)
{
    public static PreparedArticle Finished(ImportResult result) => new(result.Name, null, null, result);
}
