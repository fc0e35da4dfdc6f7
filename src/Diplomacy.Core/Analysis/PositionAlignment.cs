using Diplomacy.Core.Model;

namespace Diplomacy.Core.Analysis;

/// <summary>
/// Derives per topic and quarter whether the US and Russia converge or diverge, from government positions
/// (analysts' views are left out: they are nobody's policy). Opposite mean polarities diverge; the same
/// polarity or a joint position converge; one side alone is one-sided; two sides without polarity are undetermined.
/// </summary>
public static class PositionAlignment
{
    public static IReadOnlyList<TopicAlignment> ByTopicAndQuarter(IEnumerable<Position> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        return [.. positions
            .Where(p => !p.IsAnalysis && p.Date is { } date && Quarter.Of(date) is not null)
            .GroupBy(p => (p.Topic, Quarter: Quarter.Of(p.Date!.Value)!.Value))
            .OrderBy(g => g.Key.Quarter)
            .ThenBy(g => g.Key.Topic)
            .Select(g => Align(g.Key.Topic, g.Key.Quarter, [.. g]))];
    }

    private static TopicAlignment Align(Topic topic, Quarter quarter, List<Position> positions)
    {
        var us = positions.Where(p => p.Side == Side.US).ToList();
        var russia = positions.Where(p => p.Side == Side.Russia).ToList();
        var joint = positions.Count(p => p.Side == Side.Both);
        var usPolarity = MeanPolarity(us);
        var russiaPolarity = MeanPolarity(russia);
        var alignment = (usPolarity, russiaPolarity) switch
        {
            ({ } u, { } r) when Math.Sign(u) != 0 && Math.Sign(u) == -Math.Sign(r) => Alignment.Diverge,
            ({ } u, { } r) when Math.Sign(u) != 0 && Math.Sign(u) == Math.Sign(r) => Alignment.Converge,
            _ when joint > 0 => Alignment.Converge,
            _ when us.Count == 0 || russia.Count == 0 => Alignment.OneSided,
            _ => Alignment.Undetermined,
        };
        return new TopicAlignment(topic, quarter, alignment, us.Count, russia.Count, joint, usPolarity, russiaPolarity);
    }

    private static double? MeanPolarity(List<Position> positions)
    {
        var polar = positions.Where(p => p.Polarity != 0).Select(p => (double)p.Polarity).ToList();
        return polar.Count == 0 ? null : polar.Average();
    }
}
