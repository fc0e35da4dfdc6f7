namespace Diplomacy.Core.Model;

/// <summary>How a quote's speaker was found.</summary>
public enum Attribution
{
    /// <summary>A cue next to the quote names the speaker ("…," Kerry said).</summary>
    Explicit,

    /// <summary>A transcript label before the quote ("SECRETARY KERRY:").</summary>
    Label,

    /// <summary>A continuation of the previous quote by the same speaker.</summary>
    Carried,

    /// <summary>A pronoun cue ("he said") resolved to the last person named.</summary>
    Pronoun,

    /// <summary>Only the neighbouring text suggests the speaker.</summary>
    Inferred,
    None,
}
