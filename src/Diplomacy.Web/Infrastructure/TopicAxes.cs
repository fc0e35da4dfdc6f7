using System.Text.Json;
using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;

namespace Diplomacy.Web.Infrastructure;

/// <summary>
/// What a position's polarity means on its topic ("Assad must go" for +1, "Assad may stay" for −1), read from
/// the coder's own topic lexicon so the page and the coder can never disagree.
/// </summary>
public sealed class TopicAxes(IReadOnlyDictionary<Topic, (string Plus, string Minus)> axes)
{
    public const string LexiconFile = "topics.json";

    public static TopicAxes LoadDefault()
    {
        using var stream = KnowledgeBase.OpenEmbedded(LexiconFile);
        var lexicon = JsonSerializer.Deserialize<TopicLexicon>(stream, KnowledgeBase.JsonOptions);
        var axes = (lexicon?.Topics ?? [])
            .Where(t => t.Axis is { Count: 2 })
            .ToDictionary(t => t.Topic, t => (t.Axis![0], t.Axis[1]));
        return new TopicAxes(axes);
    }

    /// <summary>The pole a polarity points to, or null for a topic without an axis or a polarity of 0.</summary>
    public string? Describe(Topic topic, int polarity) =>
        polarity == 0 || !axes.TryGetValue(topic, out var axis) ? null : polarity > 0 ? axis.Plus : axis.Minus;

    private sealed record TopicLexicon(IReadOnlyList<TopicEntry>? Topics);

    private sealed record TopicEntry(Topic Topic, IReadOnlyList<string>? Axis);
}
