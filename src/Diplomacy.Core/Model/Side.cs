namespace Diplomacy.Core.Model;

public enum Side
{
    US,
    Russia,

    /// <summary>A joint statement or a position both sides hold together.</summary>
    Both,
}
