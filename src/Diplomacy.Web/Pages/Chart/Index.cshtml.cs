using System.Globalization;
using System.Text.Encodings.Web;
using Diplomacy.Core.Model;
using Diplomacy.Data;
using Diplomacy.Web.Infrastructure;
using Diplomacy.Web.Pages.Timeline;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Web.Pages.Chart;

/// <summary>
/// The monthly US–Russia cooperation index: the mean Goldstein score (−10 most hostile … +10 most cooperative)
/// of the events in which a US and a Russian actor both take part, drawn as an SVG bar chart on the server.
/// Events dated only to a year have no month and are left out.
/// </summary>
[OutputCache(PolicyName = StoreCache.PolicyName)]
public sealed class IndexModel(DiplomacyDbContext db) : PageModel
{
    public const double Width = 960;
    public const double Height = 320;
    public const double Left = 44;
    public const double Right = 12;
    public const double Top = 16;
    public const double Bottom = 36;
    public const double Scale = 10;

    public IReadOnlyList<Month> Months { get; private set; } = [];

    public double PlotWidth => Width - Left - Right;

    public double PlotHeight => Height - Top - Bottom;

    public double ZeroY => Top + (PlotHeight / 2);

    public double SlotWidth => Months.Count == 0 ? 0 : PlotWidth / Months.Count;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Events.AsNoTracking()
            .Where(e => e.Date != null && e.DatePrecision != DatePrecision.Year
                && e.Participants.Any(p => p.Actor!.Country == TimelineQueries.UnitedStates)
                && e.Participants.Any(p => p.Actor!.Country == TimelineQueries.Russia))
            .GroupBy(e => new { e.Date!.Value.Year, e.Date.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Index = g.Average(e => e.Goldstein), Events = g.Count() })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return;
        }

        var byMonth = rows.ToDictionary(r => new DateOnly(r.Year, r.Month, 1));
        var first = byMonth.Keys.Min();
        var last = byMonth.Keys.Max();
        var months = new List<Month>();
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            months.Add(byMonth.TryGetValue(month, out var row) ? new Month(month, row.Index, row.Events) : new Month(month, null, 0));
        }

        Months = months;
    }

    public double BarX(int index) => Left + (index * SlotWidth) + (SlotWidth * 0.15);

    public double BarWidth => Math.Max(1, SlotWidth * 0.7);

    public double Y(double value) => ZeroY - (Math.Clamp(value, -Scale, Scale) / Scale * (PlotHeight / 2));

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>An SVG text label (Razor reserves the <c>text</c> element, so it is written here, encoded).</summary>
    public static IHtmlContent Label(double x, double y, string text, string anchor) => new HtmlString(
        $"<text class=\"tick\" x=\"{Number(x)}\" y=\"{Number(y)}\" text-anchor=\"{anchor}\">{HtmlEncoder.Default.Encode(text)}</text>");

    public static string MonthLink(DateOnly month)
    {
        var partial = new PartialDate(month.Year, month.Month);
        return "/" + new TimelineFilter(From: partial, To: partial).ToQueryString();
    }

    /// <param name="Index">The mean Goldstein score, or null for a month without a US–Russia event.</param>
    public sealed record Month(DateOnly Start, double? Index, int Events);
}
