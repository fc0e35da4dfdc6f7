namespace Diplomacy.Web.Infrastructure;

/// <summary>The repository folders the site reads: the seed articles ingested into an empty store, and the method pages.</summary>
/// <param name="SeedsDirectory">Null where no folder was configured or found: the store then starts empty.</param>
/// <param name="DocsDirectory">Null where no folder was configured or found: the method page then says so.</param>
public sealed record RepositoryContent(string? SeedsDirectory, string? DocsDirectory)
{
    public const string SeedsKey = "Content:Seeds";
    public const string DocsKey = "Content:Docs";

    /// <summary>The file that marks the repository's root.</summary>
    public const string RootMarker = "Diplomacy.sln";

    /// <summary>
    /// <c>Content:Seeds</c> and <c>Content:Docs</c> when configured (relative to the content root); otherwise the
    /// <c>seeds/</c> and <c>docs/</c> folders of the repository that holds the content root, found by walking up to
    /// <see cref="RootMarker"/>, so <c>dotnet run</c> works from a fresh clone whatever the working directory.
    /// </summary>
    public static RepositoryContent Locate(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var root = FindRoot(contentRoot);
        return new RepositoryContent(
            Resolve(configuration[SeedsKey], contentRoot, root, "seeds"),
            Resolve(configuration[DocsKey], contentRoot, root, "docs"));
    }

    private static string? Resolve(string? configured, string contentRoot, string? root, string folder)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        var candidate = Path.Combine(root ?? contentRoot, folder);
        return Directory.Exists(candidate) ? candidate : null;
    }

    private static string? FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, RootMarker)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
