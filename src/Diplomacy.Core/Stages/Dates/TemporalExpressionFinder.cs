using System.Globalization;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>
/// Finds date phrases in tokenised text: calendar dates in the usual English orders ("7 May 2013", "May 7, 2013",
/// "the 7th of May", "2013-05-07"), lone months and years after a preposition ("in October", "since 2011"), weekdays,
/// seasons, and phrases relative to the time of writing ("last week", "earlier this year", "two years ago").
/// One left-to-right pass over the tokens, each step looking a few tokens ahead: linear in the text.
/// </summary>
internal sealed class TemporalExpressionFinder(TemporalLexicon lexicon)
{
    private const int FirstYear = 1900;
    private const int LastYear = 2099;

    public List<DatePhrase> Find(string text, List<RunToken> tokens)
    {
        var phrases = new List<DatePhrase>();
        var reader = new Reader(text, tokens, lexicon);
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsNumber && !lexicon.FirstWords.Contains(text, tokens[i]))
            {
                i++;
                continue;
            }

            var found = TryQualified(reader, i)
                ?? TryNumericDate(reader, i)
                ?? TryDayFirst(reader, i)
                ?? TryMonthFirst(reader, i)
                ?? TrySeasonWithYear(reader, i)
                ?? TryYear(reader, i)
                ?? TryWeekday(reader, i)
                ?? TryAgo(reader, i)
                ?? TryRelative(reader, i);
            if (found is { } phrase)
            {
                phrases.Add(phrase.Phrase);
                i = phrase.NextToken;
            }
            else
            {
                i++;
            }
        }

        return phrases;
    }

    /// <summary>"last June", "next Tuesday", "this summer".</summary>
    private static Found? TryQualified(Reader r, int i)
    {
        if (i + 1 >= r.Count || !r.Lexicon.Qualifiers.TryGetValue(r.Word(i), out var qualifier))
        {
            return null;
        }

        var direction = qualifier < 0 ? TimeDirection.Past : qualifier > 0 ? TimeDirection.Future : TimeDirection.None;
        var span = r.Span(i, i + 1);
        if (r.MonthAt(i + 1) is { } month)
        {
            return new Found(new DatePhrase(span, DatePhraseKind.Calendar) { Month = month, Qualifier = qualifier, Direction = direction }, i + 2);
        }

        if (r.WeekdayAt(i + 1) is { } weekday)
        {
            return new Found(new DatePhrase(span, DatePhraseKind.Weekday) { Weekday = weekday, Qualifier = qualifier, Direction = direction }, i + 2);
        }

        if (r.Lexicon.Seasons.TryGetValue(r.Word(i + 1), out var months))
        {
            return new Found(new DatePhrase(span, DatePhraseKind.Season) { SeasonMonths = months, Qualifier = qualifier, Direction = direction }, i + 2);
        }

        return null;
    }

    /// <summary>"2013-05-07" or "2013/05/07": year first, so the order is not in doubt.</summary>
    private static Found? TryNumericDate(Reader r, int i)
    {
        if (r.YearAt(i) is not { } year || i + 2 >= r.Count)
        {
            return null;
        }

        var separator = r.Gap(i + 1);
        if (separator is not ("-" or "/") || r.Gap(i + 2) != separator
            || r.Number(i + 1, maxDigits: 2) is not { } month || r.Number(i + 2, maxDigits: 2) is not { } day
            || !IsValid(year, month, day))
        {
            return null;
        }

        return new Found(r.Calendar(i, i + 2, year, month, day), i + 3);
    }

    /// <summary>"7 May 2013", "07 December 2012", "7 May, 2013", "3 May", "the 7th of May".</summary>
    private static Found? TryDayFirst(Reader r, int i)
    {
        if (r.DayAt(i) is not { } day)
        {
            return null;
        }

        var next = day.NextToken;
        if (next < r.Count && r.Is(next, "of") && r.GapIsSpace(next))
        {
            next++;
        }

        if (next >= r.Count || !r.GapIsSpace(next) || r.MonthAt(next) is not { } month)
        {
            return null;
        }

        var last = next;
        int? year = null;
        if (next + 1 < r.Count && r.GapIsSpaceOrComma(next + 1) && r.YearAt(next + 1) is { } y)
        {
            year = y;
            last = next + 1;
        }

        if (!IsValid(year ?? 2000, month, day.Value))
        {
            return null;
        }

        return new Found(r.Calendar(i, last, year, month, day.Value), last + 1);
    }

    /// <summary>"May 7, 2013", "May 3", "May 2013", "in October", "In May this year".</summary>
    private static Found? TryMonthFirst(Reader r, int i)
    {
        if (r.MonthAt(i) is not { } month)
        {
            return null;
        }

        var last = i;
        int? day = null;
        int? year = null;
        if (i + 1 < r.Count && r.GapIsSpaceOrFullStop(i + 1) && r.DayAt(i + 1) is { } d && IsValid(2000, month, d.Value))
        {
            day = d.Value;
            last = d.NextToken - 1;
        }

        if (last + 1 < r.Count && (r.GapIsSpaceOrComma(last + 1) || (last == i && r.GapIsSpaceOrFullStop(last + 1))) && r.YearAt(last + 1) is { } y)
        {
            year = y;
            last++;
        }

        int? yearOffset = null;
        if (year is null && last + 2 < r.Count && r.Lexicon.Qualifiers.TryGetValue(r.Word(last + 1), out var qualifier) && r.Is(last + 2, "year"))
        {
            yearOffset = qualifier;
            last += 2;
        }

        var standsAlone = day is null && year is null && yearOffset is null;
        if (standsAlone && r.Lexicon.AmbiguousMonthNames.Contains(r.Word(i)) && !r.FollowsPreposition(i))
        {
            return null;
        }

        if (day is { } dd && year is { } yy && !IsValid(yy, month, dd))
        {
            return null;
        }

        var phrase = r.Calendar(i, last, year, month, day) with { YearOffset = yearOffset };
        return new Found(phrase, last + 1);
    }

    /// <summary>"summer 2012", "the summer of 2012".</summary>
    private static Found? TrySeasonWithYear(Reader r, int i)
    {
        if (!r.Lexicon.Seasons.TryGetValue(r.Word(i), out var months))
        {
            return null;
        }

        var next = i + 1 < r.Count && r.Is(i + 1, "of") ? i + 2 : i + 1;
        if (next >= r.Count || r.YearAt(next) is not { } year)
        {
            return null;
        }

        return new Found(new DatePhrase(r.Span(r.WithPreposition(i), next), DatePhraseKind.Season) { SeasonMonths = months, Year = year }, next + 1);
    }

    /// <summary>A lone year ("in 2012", "the 2012 Geneva communiqué"), unless it is a number of something ("Resolution 2042").</summary>
    private static Found? TryYear(Reader r, int i)
    {
        if (r.YearAt(i) is not { } year)
        {
            return null;
        }

        var gapBefore = r.Gap(i);
        if (i > 0 && (r.Lexicon.YearBlockers.Contains(r.Word(i - 1)) || (r.Tokens[i - 1].IsNumber && gapBefore.Trim().Length > 0)))
        {
            return null;
        }

        if (gapBefore.EndsWith('$') || gapBefore.EndsWith('#') || (i + 1 < r.Count && r.Gap(i + 1).Length == 0))
        {
            return null;
        }

        return new Found(r.Calendar(i, i, year, null, null), i + 1);
    }

    /// <summary>"on Tuesday", "said Monday", "Thursday's meeting".</summary>
    private static Found? TryWeekday(Reader r, int i)
    {
        if (r.WeekdayAt(i) is not { } weekday)
        {
            return null;
        }

        var start = i > 0 && r.Is(i - 1, "on") ? i - 1 : i;
        return new Found(new DatePhrase(r.Span(start, i), DatePhraseKind.Weekday) { Weekday = weekday }, i + 1);
    }

    /// <summary>"two years ago", "a month ago".</summary>
    private static Found? TryAgo(Reader r, int i)
    {
        if (i + 2 >= r.Count || !r.Lexicon.AgoWords.Contains(r.Word(i + 2)) || !r.Lexicon.UnitWords.TryGetValue(r.Word(i + 1), out var unit))
        {
            return null;
        }

        int? count = r.Tokens[i].IsNumber ? r.Number(i, maxDigits: 3) : r.Lexicon.NumberWords.TryGetValue(r.Word(i), out var n) ? n : null;
        if (count is not { } value)
        {
            return null;
        }

        return new Found(new DatePhrase(r.Span(i, i + 2), DatePhraseKind.Relative) { Unit = unit, Offset = -value, Direction = TimeDirection.Past, IsElapsed = true }, i + 3);
    }

    private static Found? TryRelative(Reader r, int i)
    {
        if (r.Lexicon.Relative.LongestAt(r.Text, r.Tokens, i) is not { } match)
        {
            return null;
        }

        var entry = match.Value;
        var phrase = new DatePhrase(r.Span(i, match.NextToken - 1), DatePhraseKind.Relative)
        {
            Unit = entry.Unit,
            Offset = entry.Offset,
            Direction = entry.Direction,
        };
        return new Found(phrase, match.NextToken);
    }

    private static bool IsValid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year : 2000, month);

    private readonly record struct Found(DatePhrase Phrase, int NextToken);

    /// <summary>Token-level helpers over one tokenised text.</summary>
    private readonly record struct Reader(string Text, List<RunToken> Tokens, TemporalLexicon Lexicon)
    {
        public int Count => Tokens.Count;

        public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

        public bool Is(int i, string word) => Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

        /// <summary>The characters between token i−1 and token i.</summary>
        public string Gap(int i) => i == 0 ? string.Empty : Text[Tokens[i - 1].End..Tokens[i].Start];

        public bool GapIsSpace(int i)
        {
            var gap = Gap(i);
            return gap.Length > 0 && string.IsNullOrWhiteSpace(gap);
        }

        /// <summary>Spaces, maybe after the full stop of an abbreviation ("Sept. 14").</summary>
        public bool GapIsSpaceOrFullStop(int i)
        {
            var gap = Gap(i);
            return gap.Length > 0 && (string.IsNullOrWhiteSpace(gap) || (gap[0] == '.' && gap.Length > 1 && string.IsNullOrWhiteSpace(gap[1..])));
        }

        public bool GapIsSpaceOrComma(int i)
        {
            var gap = Gap(i).Trim();
            return Gap(i).Length > 0 && (gap.Length == 0 || gap == ",");
        }

        public TextSpan Span(int first, int last) => new(Tokens[first].Start, Tokens[last].End);

        public int? Number(int i, int maxDigits) =>
            Tokens[i].IsNumber && Tokens[i].Length <= maxDigits ? int.Parse(Word(i), NumberStyles.None, CultureInfo.InvariantCulture) : null;

        public int? YearAt(int i)
        {
            if (!Tokens[i].IsNumber || Tokens[i].Length != 4)
            {
                return null;
            }

            var year = int.Parse(Word(i), NumberStyles.None, CultureInfo.InvariantCulture);
            return year is >= FirstYear and <= LastYear ? year : null;
        }

        /// <summary>A day of the month, with an ordinal suffix written against it ("7th").</summary>
        public (int Value, int NextToken)? DayAt(int i)
        {
            if (Number(i, maxDigits: 2) is not { } day || day is < 1 or > 31)
            {
                return null;
            }

            if (i + 1 < Count && Gap(i + 1).Length == 0 && !Tokens[i + 1].IsNumber)
            {
                var suffix = Word(i + 1);
                var isOrdinal = suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                    || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);
                return isOrdinal ? (day, i + 2) : null;
            }

            return (day, i + 1);
        }

        /// <summary>A month name; names are proper nouns, so only capitalised words count.</summary>
        public int? MonthAt(int i) =>
            !Tokens[i].IsNumber && char.IsUpper(Text[Tokens[i].Start]) && Lexicon.Months.LongestAt(Text, Tokens, i) is { TokenCount: 1 } match
                ? match.Value
                : null;

        public DayOfWeek? WeekdayAt(int i) =>
            !Tokens[i].IsNumber && char.IsUpper(Text[Tokens[i].Start]) && Lexicon.Weekdays.LongestAt(Text, Tokens, i) is { TokenCount: 1 } match
                ? match.Value
                : null;

        public bool FollowsPreposition(int i) => i > 0 && Lexicon.MonthPrepositions.Contains(Word(i - 1));

        /// <summary>The token where the phrase starts once a preposition before it is included ("in October", "on the 7th of May").</summary>
        public int WithPreposition(int i)
        {
            if (i > 1 && Tokens[i].IsNumber && Is(i - 1, "the") && Lexicon.MonthPrepositions.Contains(Word(i - 2)))
            {
                return i - 2;
            }

            return FollowsPreposition(i) ? i - 1 : i;
        }

        /// <summary>The "by" that points the date ahead, over words such as "the end of"; -1 where there is none.</summary>
        public int FuturePrepositionBefore(int i)
        {
            var k = i - 1;
            while (k >= 0 && k >= i - 5 && Lexicon.PeriodWords.Contains(Word(k)))
            {
                k--;
            }

            return k >= 0 && Lexicon.FuturePrepositions.Contains(Word(k)) ? k : -1;
        }

        public DatePhrase Calendar(int first, int last, int? year, int? month, int? day)
        {
            var ahead = FuturePrepositionBefore(first);
            return new(Span(ahead >= 0 ? ahead : WithPreposition(first), last), DatePhraseKind.Calendar)
            {
                Year = year,
                Month = month,
                Day = day,
                Direction = ahead >= 0 ? TimeDirection.Future : TimeDirection.None,
            };
        }
    }
}
