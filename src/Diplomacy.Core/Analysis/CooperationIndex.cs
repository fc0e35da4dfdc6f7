using Diplomacy.Core.Model;

namespace Diplomacy.Core.Analysis;

/// <summary>
/// The monthly US–Russia cooperation index: the mean Goldstein score (−10 … +10) of the events that
/// involve both a US and a Russian actor, by the month they happened. Planned and hypothetical events
/// did not happen, and events dated only to a year have no month: both are left out.
/// </summary>
public static class CooperationIndex
{
    /// <param name="countryOf">The country of an actor's canonical name ("US", "Russia"…), or null.</param>
    public static IReadOnlyList<MonthlyCooperation> Monthly(IEnumerable<DiplomaticEvent> events, Func<string, string?> countryOf)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(countryOf);
        return [.. events
            .Where(e => e.Status == EventStatus.Occurred && e.Date?.Month is not null && IsBetweenTheSides(e, countryOf))
            .GroupBy(e => (e.Date!.Value.Year, Month: e.Date.Value.Month!.Value))
            .OrderBy(g => g.Key.Year)
            .ThenBy(g => g.Key.Month)
            .Select(g => new MonthlyCooperation(g.Key.Year, g.Key.Month, g.Average(e => e.Goldstein), g.Count()))];
    }

    private static bool IsBetweenTheSides(DiplomaticEvent diplomaticEvent, Func<string, string?> countryOf)
    {
        var countries = diplomaticEvent.Participants.Select(countryOf).ToHashSet(StringComparer.Ordinal);
        return countries.Contains("US") && countries.Contains("Russia");
    }
}
