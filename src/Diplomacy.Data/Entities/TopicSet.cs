namespace Diplomacy.Data.Entities;

/// <summary>
/// A set of topics stored as one integer, one bit per <see cref="Core.Model.Topic"/>, so a filter on a topic is a bit
/// test on a row instead of a join. The bits are fixed here, not derived from the topics' order, because topics are
/// stored by name and may gain a member mid-enum; a new topic takes the next free bit.
/// </summary>
[Flags]
public enum TopicSet
{
    None = 0,
    AssadFate = 1 << 0,
    PoliticalTransition = 1 << 1,
    ChemicalWeapons = 1 << 2,
    UnSecurityCouncil = 1 << 3,
    Intervention = 1 << 4,
    Humanitarian = 1 << 5,
    Ceasefire = 1 << 6,
    Extremism = 1 << 7,
    BilateralRelations = 1 << 8,
}
