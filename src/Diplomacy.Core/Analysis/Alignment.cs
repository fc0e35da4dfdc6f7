namespace Diplomacy.Core.Analysis;

/// <summary>How the two sides' positions on a topic relate within a period.</summary>
public enum Alignment
{
    /// <summary>A joint position, or both sides on the same pole of the topic's axis.</summary>
    Converge,

    /// <summary>The two sides on opposite poles of the topic's axis.</summary>
    Diverge,

    /// <summary>Only one side stated a position.</summary>
    OneSided,

    /// <summary>Both sides spoke, but on a topic without an axis or without a stance on it: nothing to compare.</summary>
    Undetermined,
}
