using Diplomacy.Core.Analysis;
using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Tests.Analysis;

public sealed class CooperationIndexTests
{
    private static readonly Dictionary<string, string> Countries = new()
    {
        ["John Kerry"] = "US",
        ["United States"] = "US",
        ["Sergey Lavrov"] = "Russia",
        ["Russia"] = "Russia",
        ["China"] = "China",
    };

    private static DiplomaticEvent Coded(double goldstein, string date, string[] sources, string[] targets, EventStatus status = EventStatus.Occurred) =>
        new(EventType.Other, "0", goldstein, sources, targets, null, PartialDate.Parse(date), status, "summary", new TextSpan(0, 1), 0);

    [Fact]
    public void The_index_is_the_mean_Goldstein_score_of_US_Russia_events_per_month()
    {
        var index = CooperationIndex.Monthly(
        [
            Coded(4.0, "2013-05-07", ["John Kerry"], ["Sergey Lavrov"]),
            Coded(1.0, "2013-05", ["United States", "Russia"], []),
            Coded(-5.0, "2013-06-02", ["Russia"], ["United States"]),
            Coded(-10.0, "2013-05-03", ["Russia", "China"], []),
            Coded(8.0, "2013-05-20", ["John Kerry"], ["Sergey Lavrov"], EventStatus.Planned),
            Coded(8.0, "2013", ["John Kerry"], ["Sergey Lavrov"]),
        ], name => Countries.GetValueOrDefault(name));

        index.Should().Equal(new MonthlyCooperation(2013, 5, 2.5, 2), new MonthlyCooperation(2013, 6, -5.0, 1));
    }
}
