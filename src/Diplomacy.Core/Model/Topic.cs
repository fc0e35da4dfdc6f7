using System.Text.Json.Serialization;

namespace Diplomacy.Core.Model;

public enum Topic
{
    [JsonStringEnumMemberName("assad_fate")]
    AssadFate,

    [JsonStringEnumMemberName("political_transition")]
    PoliticalTransition,

    [JsonStringEnumMemberName("chemical_weapons")]
    ChemicalWeapons,

    [JsonStringEnumMemberName("un_security_council")]
    UnSecurityCouncil,

    [JsonStringEnumMemberName("intervention")]
    Intervention,

    [JsonStringEnumMemberName("humanitarian")]
    Humanitarian,

    [JsonStringEnumMemberName("ceasefire")]
    Ceasefire,

    [JsonStringEnumMemberName("extremism")]
    Extremism,

    [JsonStringEnumMemberName("bilateral_relations")]
    BilateralRelations,
}
