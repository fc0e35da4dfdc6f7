namespace Diplomacy.Data.Import;

public enum ImportOutcome
{
    Added,

    /// <summary>The same text is already stored (same content hash); nothing changed.</summary>
    AlreadyPresent,

    /// <summary>The file could not be read as an article, or extraction failed; nothing was stored for it.</summary>
    Failed,
}
