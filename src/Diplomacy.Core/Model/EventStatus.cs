namespace Diplomacy.Core.Model;

public enum EventStatus
{
    Occurred,

    /// <summary>Announced for the future ("will meet").</summary>
    Planned,

    /// <summary>Hypothetical ("would convene", "if…").</summary>
    Conditional,
}
