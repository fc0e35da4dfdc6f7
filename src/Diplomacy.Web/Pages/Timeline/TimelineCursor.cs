using System.Globalization;

namespace Diplomacy.Web.Pages.Timeline;

/// <summary>
/// Where a page of the timeline ends, as <c>2013-05-07.e42</c> (date, kind, id): the next page starts strictly
/// after it, so paging stays an index seek however deep it goes, and a page's address never shifts when rows are added.
/// </summary>
public readonly record struct TimelineCursor(DateOnly Date, EntryKind Kind, int Id)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{Date:yyyy-MM-dd}.{(Kind == EntryKind.Event ? 'e' : 'p')}{Id}");

    public static bool TryParse(string? text, out TimelineCursor cursor)
    {
        cursor = default;
        if (text is not { Length: > 12 } || text[10] != '.'
            || !DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || !int.TryParse(text.AsSpan(12), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        EntryKind? kind = text[11] switch
        {
            'e' => EntryKind.Event,
            'p' => EntryKind.Position,
            _ => null,
        };
        if (kind is null)
        {
            return false;
        }

        cursor = new TimelineCursor(date, kind.Value, id);
        return true;
    }
}
