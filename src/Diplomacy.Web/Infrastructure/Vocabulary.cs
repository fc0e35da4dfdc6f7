using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using System.Text.Json.Serialization;
using Diplomacy.Core.Model;

namespace Diplomacy.Web.Infrastructure;

/// <summary>
/// How the coded categories read on a page and in a URL. Topics use the exchange format's names
/// (<c>chemical_weapons</c>); event types and sides are kebab-case (<c>military-action</c>, <c>us</c>).
/// </summary>
public static class Vocabulary
{
    private static readonly FrozenDictionary<Topic, string> TopicSlugs = Enum.GetValues<Topic>().ToFrozenDictionary(
        topic => topic,
        topic => typeof(Topic).GetField(topic.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? Kebab(topic.ToString()));

    private static readonly FrozenDictionary<Topic, string> TopicLabels = new Dictionary<Topic, string>
    {
        [Topic.AssadFate] = "Assad's future",
        [Topic.PoliticalTransition] = "Political transition",
        [Topic.ChemicalWeapons] = "Chemical weapons",
        [Topic.UnSecurityCouncil] = "UN Security Council",
        [Topic.Intervention] = "Intervention",
        [Topic.Humanitarian] = "Humanitarian aid",
        [Topic.Ceasefire] = "Ceasefire",
        [Topic.Extremism] = "Extremism",
        [Topic.BilateralRelations] = "US–Russia relations",
    }.ToFrozenDictionary();

    public static IReadOnlyList<Topic> Topics { get; } = Enum.GetValues<Topic>();

    public static IReadOnlyList<EventType> EventTypes { get; } = Enum.GetValues<EventType>();

    public static IReadOnlyList<Side> Sides { get; } = [Side.US, Side.Both, Side.Russia];

    public static string Slug(Topic topic) => TopicSlugs[topic];

    public static string Slug(EventType type) => Kebab(type.ToString());

    public static string Slug(Side side) => side switch
    {
        Side.US => "us",
        Side.Russia => "russia",
        _ => "both",
    };

    public static string Label(Topic topic) => TopicLabels.GetValueOrDefault(topic, topic.ToString());

    public static string Label(EventType type)
    {
        var words = Kebab(type.ToString()).Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static string Label(Side side) => side switch
    {
        Side.US => "United States",
        Side.Russia => "Russia",
        _ => "Both / joint",
    };

    public static bool TryParse(string? text, out Topic topic) => TryParseEnum(text, TopicSlugs, out topic);

    public static bool TryParse(string? text, out EventType type) =>
        TryParseEnum(text, EventTypes.ToDictionary(t => t, Slug), out type);

    public static bool TryParse(string? text, out Side side) =>
        TryParseEnum(text, Sides.ToDictionary(s => s, Slug), out side);

    /// <summary>Reads <c>us</c> or <c>russia</c> only: a country's side, for lists where "both" means nothing.</summary>
    public static bool TryParseCountry(string? text, out Side side) => TryParse(text, out side) && side != Side.Both;

    private static bool TryParseEnum<T>(string? text, IReadOnlyDictionary<T, string> slugs, out T value)
        where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var wanted = Squash(text);
        foreach (var (candidate, slug) in slugs)
        {
            if (Squash(slug) == wanted || Squash(candidate.ToString()) == wanted)
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }

    // "Chemical_Weapons", "chemical-weapons" and "ChemicalWeapons" all name one topic.
    private static string Squash(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit)).ToUpperInvariant();

    private static string Kebab(string pascal)
    {
        var result = new StringBuilder(pascal.Length + 4);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && result.Length > 0)
            {
                result.Append('-');
            }

            result.Append(char.ToLowerInvariant(c));
        }

        return result.ToString();
    }
}
