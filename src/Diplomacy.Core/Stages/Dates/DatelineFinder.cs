using System.Globalization;
using System.Text.RegularExpressions;
using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>
/// Finds datelines and timestamps: blocks that are a date and little else ("7 May, 2013",
/// "# 07 December 2012 00:47 (UTC +04:00)", "Updated: 2013-05-07"), and wire datelines opening a paragraph
/// ("MOSCOW, May 7 (Reuters) -"). Boilerplate is skipped: captions carry dates that are not the article's.
/// </summary>
internal sealed partial class DatelineFinder(TemporalExpressionFinder finder, TemporalLexicon lexicon)
{
    /// <summary>A dateline block is short: a date, a time, a zone, a label.</summary>
    private const int MaxDatelineLength = 100;

    /// <summary>Words a dateline may hold besides the date ("Updated", "UTC", "Posted on").</summary>
    private const int MaxOtherWords = 4;

    /// <summary>Wire datelines open one of the first few blocks of the story.</summary>
    private const int WireDatelineBlocks = 4;

    private const int WireDatelineReach = 160;

    /// <summary>How far into a paragraph a leading date may reach ("Wednesday, September 14th, 2013").</summary>
    private const int LeadingDateReach = 40;

    /// <summary>A date in the title holds at most two commas of its own ("Tuesday, May 7, 2013").</summary>
    private const int MaxTitleDateSeparators = 3;

    private static readonly char[] TitleDateSeparators = [',', '|', '\u2013', '\u2014'];

    public List<DatelineDate> Find(ArticleDocument document)
    {
        var text = document.Text;
        var found = new List<DatelineDate>();
        foreach (var dateline in document.Datelines)
        {
            var kind = dateline.BlockIndex < document.Blocks.Count ? document.Blocks[dateline.BlockIndex].Kind : BlockKind.Dateline;
            if (kind != BlockKind.Boilerplate && DateIn(text, dateline.Span, allowMonthPrecision: !dateline.IsInline) is { } date)
            {
                found.Add(date);
            }
        }

        if (document.Title is { } title && TitleDate(text, title) is { } titleDate)
        {
            found.Add(titleDate);
        }

        // What the layout stage did not mark (or a document laid out by hand): date-only blocks and wire leads.
        var marked = document.Datelines.Select(d => d.BlockIndex).ToHashSet();
        var openingBlocks = 0;
        for (var index = 0; index < document.Blocks.Count; index++)
        {
            var block = document.Blocks[index];
            if (block.Kind == BlockKind.Boilerplate || marked.Contains(index))
            {
                continue;
            }

            if (DatelineBlock(text, block) is { } dateline)
            {
                found.Add(dateline);
            }
            else if (block.Kind is BlockKind.Paragraph or BlockKind.Dateline && openingBlocks++ < WireDatelineBlocks
                && WireDateline(text, block.Span) is { } wire)
            {
                found.Add(wire);
            }
        }

        return found;
    }

    /// <summary>The date inside a dateline the layout stage marked: a day ("May 7", "7 May, 2013") or, for a block, a month of a year.</summary>
    private DatelineDate? DateIn(string text, TextSpan span, bool allowMonthPrecision)
    {
        var trimmed = Trimmed(text, span);
        var phrases = finder.Find(text, RunTokenizer.Tokenize(text, trimmed));
        var date = phrases.Find(p => p.Kind == DatePhraseKind.Calendar && p.Month is not null && (p.Day is not null || (allowMonthPrecision && p.Year is not null)));
        return date is null ? null : new DatelineDate(trimmed, date);
    }

    /// <summary>A full date closing the title after a comma, bar or dash: "Remarks on Syria, May 7, 2013".</summary>
    private DatelineDate? TitleDate(string text, TextSpan title)
    {
        var head = text.AsSpan(title.Start, title.Length);
        for (var tries = 0; tries < MaxTitleDateSeparators; tries++)
        {
            var separator = head.LastIndexOfAny(TitleDateSeparators);
            if (separator < 0)
            {
                return null;
            }

            var tail = Trimmed(text, new TextSpan(title.Start + separator + 1, title.End));
            var phrases = finder.Find(text, RunTokenizer.Tokenize(text, tail));
            if (phrases is [{ Kind: DatePhraseKind.Calendar, Year: not null, Month: not null, Day: not null } date] && date.Span.Start == tail.Start && date.Span.End == tail.End)
            {
                return new DatelineDate(tail, date);
            }

            if (SlashedDate(text, tail) is { } slashed)
            {
                return new DatelineDate(tail, slashed);
            }

            head = head[..separator];
        }

        return null;
    }

    /// <summary>
    /// "9/30/2015" or "30/9/2015": read only where the order is not in doubt, a number over 12 being the day; "5/7/2013"
    /// is May 7 in America and 5 July in Europe, so it is left unread.
    /// </summary>
    private static DatePhrase? SlashedDate(string text, TextSpan span)
    {
        var match = SlashedDatePattern().Match(text, span.Start, span.Length);
        if (!match.Success)
        {
            return null;
        }

        var first = int.Parse(match.Groups["first"].ValueSpan, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups["second"].ValueSpan, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        var (month, day) = first > 12 ? (second, first) : second > 12 ? (first, second) : (0, 0);
        return month is >= 1 and <= 12 && day <= DateTime.DaysInMonth(year, month)
            ? new DatePhrase(span, DatePhraseKind.Calendar) { Year = year, Month = month, Day = day }
            : null;
    }

    private DatelineDate? DatelineBlock(string text, Block block)
    {
        var span = Trimmed(text, block.Span);
        if (span.Length == 0 || span.Length > MaxDatelineLength)
        {
            return LeadingDate(text, block, span);
        }

        var tokens = RunTokenizer.Tokenize(text, span);
        var phrases = finder.Find(text, tokens);
        var dates = phrases.Where(p => p.Kind == DatePhraseKind.Calendar && p.Year is not null && (p.Day is not null || (block.Kind == BlockKind.Dateline && p.Month is not null))).ToList();
        if (dates.Count != 1)
        {
            return LeadingDate(text, block, span);
        }

        var otherWords = tokens.Count(t => !t.IsNumber && !phrases.Exists(p => p.Span.Contains(new TextSpan(t.Start, t.End)))
            && lexicon.Weekdays.LongestAt(text, [t], 0) is null);
        // "On 7 May 2013, Kerry met Putin." is a short sentence, not a dateline: datelines do not end in a full stop.
        var endsLikeSentence = text[span.End - 1] is '.' or '!' or '?' && char.IsLetter(text[span.End - 2]);
        return otherWords <= MaxOtherWords && !endsLikeSentence ? new DatelineDate(span, dates[0]) : LeadingDate(text, block, span);
    }

    /// <summary>
    /// A paragraph that opens with a bare full date and runs on with a dash or a capitalised word ("May 7, 2013 — Kerry
    /// said…", "7 May, 2013 Putin, however…"): a dateline glued to its paragraph, by the writer or by hard-wrapped text.
    /// Prose that begins with a date goes on in lower case ("May 7, 2013 was a Tuesday") or with a comma.
    /// </summary>
    private DatelineDate? LeadingDate(string text, Block block, TextSpan span)
    {
        if (block.Kind != BlockKind.Paragraph || span.Length == 0 || !char.IsLetterOrDigit(text[span.Start]))
        {
            return null;
        }

        var head = new TextSpan(span.Start, Math.Min(span.End, span.Start + LeadingDateReach));
        var phrases = finder.Find(text, RunTokenizer.Tokenize(text, head));
        if (phrases.Count == 0 || phrases[0] is not { Kind: DatePhraseKind.Calendar, Year: not null, Day: not null } first || first.Span.Start != span.Start)
        {
            return null;
        }

        var after = first.Span.End;
        while (after < span.End && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        var runsOn = after > first.Span.End && after < span.End && (char.IsUpper(text[after]) || text[after] is '-' or '–' or '—' or '|' or ':');
        return runsOn ? new DatelineDate(first.Span, first) : null;
    }

    private DatelineDate? WireDateline(string text, TextSpan span)
    {
        var start = Trimmed(text, span).Start;
        var head = text.Substring(start, Math.Min(WireDatelineReach, span.End - start));
        var match = WirePattern().Match(head);
        if (!match.Success || !match.Groups["month"].Success)
        {
            return null;
        }

        var monthToken = RunTokenizer.Tokenize(match.Groups["month"].Value);
        if (lexicon.Months.LongestAt(match.Groups["month"].Value, monthToken, 0) is not { } month)
        {
            return null;
        }

        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        if (day > DateTime.DaysInMonth(year ?? 2000, month.Value))
        {
            return null;
        }

        var dateSpan = new TextSpan(start + match.Groups["month"].Index, start + match.Groups[year is null ? "day" : "year"].Index + match.Groups[year is null ? "day" : "year"].Length);
        var date = new DatePhrase(dateSpan, DatePhraseKind.Calendar) { Year = year, Month = month.Value, Day = day };
        return new DatelineDate(new TextSpan(start, start + match.Length), date);
    }

    private static TextSpan Trimmed(string text, TextSpan span)
    {
        var start = span.Start;
        var end = Math.Min(span.End, text.Length);
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '#' or '*' or '-' or '|'))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    /// <summary>"MOSCOW, May 7 (Reuters) -", "ST. PETERSBURG, Russia, Sept. 5, 2013 (AP) —": a place in capitals, a date, an agency, a dash.</summary>
    [GeneratedRegex(
        @"^(?<place>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3})(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}){0,2},? (?<month>[A-Z][a-z]{2,8})\.? (?<day>\d{1,2})(?:, (?<year>\d{4}))? ?\([A-Za-z][A-Za-z .&]{1,30}\) ?[-–—]",
        RegexOptions.None,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex WirePattern();

    [GeneratedRegex(@"\G(?<first>\d{1,2})/(?<second>\d{1,2})/(?<year>(?:19|20)\d{2})$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SlashedDatePattern();
}
