namespace Diplomacy.Data.Import;

/// <summary>An article to ingest: its name and a way to read its bytes (read lazily, on an ingest worker).</summary>
public sealed record ArticleFile(string Name, Func<byte[]> ReadContent)
{
    public static ArticleFile FromPath(string path) => new(Path.GetFileName(path), () => File.ReadAllBytes(path));

    public static ArticleFile FromBytes(string name, byte[] content) => new(name, () => content);
}
