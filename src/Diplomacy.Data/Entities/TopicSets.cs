using Diplomacy.Core.Model;

namespace Diplomacy.Data.Entities;

public static class TopicSets
{
    /// <summary>The set holding only this topic.</summary>
    public static TopicSet Of(Topic topic) => topic switch
    {
        Topic.AssadFate => TopicSet.AssadFate,
        Topic.PoliticalTransition => TopicSet.PoliticalTransition,
        Topic.ChemicalWeapons => TopicSet.ChemicalWeapons,
        Topic.UnSecurityCouncil => TopicSet.UnSecurityCouncil,
        Topic.Intervention => TopicSet.Intervention,
        Topic.Humanitarian => TopicSet.Humanitarian,
        Topic.Ceasefire => TopicSet.Ceasefire,
        Topic.Extremism => TopicSet.Extremism,
        Topic.BilateralRelations => TopicSet.BilateralRelations,
        _ => throw new ArgumentOutOfRangeException(nameof(topic), topic, "A topic without a bit in TopicSet."),
    };
}
