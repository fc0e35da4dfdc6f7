namespace Diplomacy.Core.Model;

/// <summary>An actor as it appears in one article: its canonical identity and the aliases the article used.</summary>
public sealed class ArticleActor
{
    public required string Name { get; init; }

    public required ActorType Type { get; init; }

    /// <summary>The country or body the actor belongs to ("US", "Russia", "Syria", "UN"…).</summary>
    public string? Country { get; init; }

    /// <summary>The role held at the article's date, or the role stated in the text.</summary>
    public string? Role { get; set; }

    /// <summary>False where the knowledge file does not know the actor and the text introduced it.</summary>
    public bool IsKnown { get; init; } = true;

    /// <summary>True for think-tank experts and other commentators whose words are analysis, not policy.</summary>
    public bool IsAnalyst { get; init; }

    /// <summary>The gender "he" or "she" must agree with; unknown for bodies and for people the text does not say.</summary>
    public Gender Gender { get; set; }

    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);
}
