using Diplomacy.Core.Model;
using Diplomacy.Data;
using Diplomacy.Web.Infrastructure;
using Diplomacy.Web.Pages.Timeline;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Web.Pages.Positions;

/// <summary>
/// Each side's stance per topic and quarter, from government positions (analysts' views are left out). A side
/// leans to the pole most of its positions point to; the sides converge where they lean the same way or state a
/// joint position, and diverge where they lean opposite ways.
/// </summary>
[OutputCache(PolicyName = StoreCache.PolicyName)]
public sealed class IndexModel(DiplomacyDbContext db, TopicAxes axes) : PageModel
{
    public IReadOnlyList<Quarter> Quarters { get; private set; } = [];

    public IReadOnlyDictionary<(Topic Topic, Quarter Quarter), Cell> Cells { get; private set; } = new Dictionary<(Topic, Quarter), Cell>();

    public TopicAxes Axes => axes;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var groups = await db.Positions.AsNoTracking()
            .Where(p => p.Date != null && !p.IsAnalysis && p.DatePrecision != DatePrecision.Year)
            .GroupBy(p => new { p.Topic, p.Side, p.Date!.Value.Year, Quarter = (p.Date.Value.Month + 2) / 3 })
            .Select(g => new
            {
                g.Key.Topic,
                g.Key.Side,
                g.Key.Year,
                g.Key.Quarter,
                Toward = g.Count(p => p.Polarity > 0),
                Against = g.Count(p => p.Polarity < 0),
                Count = g.Count(),
            })
            .ToListAsync(cancellationToken);
        if (groups.Count == 0)
        {
            return;
        }

        var first = groups.Min(g => new Quarter(g.Year, g.Quarter).Ordinal);
        var last = groups.Max(g => new Quarter(g.Year, g.Quarter).Ordinal);
        Quarters = [.. Enumerable.Range(first, last - first + 1).Select(Quarter.FromOrdinal)];
        Cells = groups
            .GroupBy(g => (g.Topic, Quarter: new Quarter(g.Year, g.Quarter)))
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    SideTally Tally(Side side) => g.Where(x => x.Side == side)
                        .Aggregate(new SideTally(0, 0, 0), (t, x) => new SideTally(t.Toward + x.Toward, t.Against + x.Against, t.Count + x.Count));
                    return new Cell(Tally(Side.US), Tally(Side.Russia), Tally(Side.Both).Count);
                });
    }

    public static string EvidenceLink(Topic topic, Quarter quarter) =>
        "/" + new TimelineFilter(From: quarter.FirstMonth, To: quarter.LastMonth, Topic: topic).ToQueryString();

    public readonly record struct Quarter(int Year, int Number)
    {
        /// <summary>Quarters counted from year 0, so a span of quarters is a range of integers.</summary>
        public int Ordinal => (Year * 4) + Number - 1;

        public PartialDate FirstMonth => new(Year, (Number * 3) - 2);

        public PartialDate LastMonth => new(Year, Number * 3);

        public static Quarter FromOrdinal(int ordinal) => new(ordinal / 4, (ordinal % 4) + 1);

        public override string ToString() => $"{Year} Q{Number}";
    }

    /// <param name="Toward">Positions toward the axis's first pole (+1).</param>
    /// <param name="Against">Positions toward its second pole (−1).</param>
    public sealed record SideTally(int Toward, int Against, int Count)
    {
        /// <summary>+1, −1, or 0 for no lean (no positions, a tie, or a topic without an axis).</summary>
        public int Lean => Math.Sign(Toward - Against);
    }

    public sealed record Cell(SideTally UnitedStates, SideTally Russia, int Joint)
    {
        public Agreement Agreement => Joint > 0 || (UnitedStates.Lean != 0 && UnitedStates.Lean == Russia.Lean)
            ? Agreement.Converge
            : UnitedStates.Lean != 0 && Russia.Lean == -UnitedStates.Lean
                ? Agreement.Diverge
                : Agreement.Unclear;
    }

    public enum Agreement
    {
        Unclear,
        Converge,
        Diverge,
    }
}
