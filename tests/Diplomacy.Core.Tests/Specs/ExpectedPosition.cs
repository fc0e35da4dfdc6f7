using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Diplomacy.Core.Export;
using Diplomacy.Core.Model;

namespace Diplomacy.Core.Tests.Specs;

/// <param name="Side">"US", "Russia" or "both".</param>
/// <param name="Topic">The topic's name in the exchange format ("assad_fate").</param>
/// <param name="Polarity">+1 or −1, or null where the case does not check it.</param>
internal sealed record ExpectedPosition(string Side, string Topic, int? Polarity, bool IsAnalysis)
{
    private static readonly JsonSerializerOptions TopicNames = new() { Converters = { new JsonStringEnumConverter() } };

    public bool Matches(Position coded) =>
        string.Equals(ExtractionJson.SideName(coded.Side), Side, StringComparison.OrdinalIgnoreCase)
        && TopicName(coded.Topic) == Topic
        && (Polarity is null || coded.Polarity == Polarity)
        && coded.IsAnalysis == IsAnalysis;

    public override string ToString() =>
        $"position {Side} {Topic}{(Polarity is { } p ? " " + p.ToString("+0;-0", CultureInfo.InvariantCulture) : "")}{(IsAnalysis ? " analysis" : "")}";

    public static string Describe(Position coded) =>
        $"position {ExtractionJson.SideName(coded.Side)} {TopicName(coded.Topic)} {coded.Polarity.ToString("+0;-0;0", CultureInfo.InvariantCulture)}" +
        $"{(coded.IsAnalysis ? " analysis" : "")} (\"{coded.Stance}\", {coded.Holder}, {coded.Date?.ToIso() ?? "undated"})";

    private static string TopicName(Topic topic) => JsonSerializer.Serialize(topic, TopicNames).Trim('"');
}
