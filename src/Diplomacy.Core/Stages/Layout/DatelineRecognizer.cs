using System.Text.RegularExpressions;

namespace Diplomacy.Core.Stages.Layout;

/// <summary>
/// Finds datelines: lines that are nothing but a date or timestamp ("# 07 December 2012 00:47 (UTC +04:00)",
/// "Posted on May 7, 2013"), and the place-and-agency lead that opens a wire paragraph ("MOSCOW (Reuters) -",
/// "WASHINGTON, May 7 (AP) —", "DAMASCUS, Syria —", "Baku-APA.", "(CNN) --").
/// </summary>
internal sealed partial class DatelineRecognizer(LayoutLexicon lexicon)
{
    public const int MaxLineLength = 100;
    public const int MaxLeadLength = 120;
    private const int MaxTokens = 14;
    private const int MaxOtherNames = 2;

    /// <summary>Names after "by" ("Posted by Jane Roe, Reuters on May 7, 2013") belong to the byline, not the date.</summary>
    private const int MaxBylineNames = 4;

    /// <summary>Words a piece of furniture after a dateline may hold ("12 comments", "Leave a comment").</summary>
    private const int MaxFurnitureWords = 3;

    private static readonly char[] FurnitureSeparators = ['|', '\u00B7', '\u2022'];

    /// <summary>
    /// True where every word of the line is a date, a time, a time zone, a timestamp word, a writer's name after "by",
    /// or one of a couple of place names; beside the date, short pieces set off by a bar or a dot may be page furniture
    /// ("Posted by Jane Roe on May 7, 2013 | 12 comments", "World · May 7, 2013 · 4 min read").
    /// </summary>
    public bool IsDatelineLine(string line)
    {
        if (line.Length > MaxLineLength || !line.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        if (IsDatePiece(line))
        {
            return true;
        }

        var pieces = line.Split(FurnitureSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var datePiece = Array.FindIndex(pieces, IsDatePiece);
        return datePiece >= 0 && pieces.Where((_, index) => index != datePiece).All(piece => piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxFurnitureWords);
    }

    private bool IsDatePiece(string piece)
    {
        var tokens = piece.Split([' ', ',', '(', ')', '#', '*', '|', '[', ']', '\u2013', '\u2014', '\u00B7', '\u2022'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length > MaxTokens)
        {
            return false;
        }

        bool month = false, day = false, year = false, numericDate = false;
        var otherNames = 0;
        var bylineNames = 0;
        foreach (var raw in tokens)
        {
            var token = raw.Trim('.', '-', '+', ':', ';');
            if (token.Length == 0 || lexicon.IsWeekday(token) || TimeOfDay().IsMatch(token))
            {
                continue;
            }

            if (lexicon.IsTimestampWord(token))
            {
                var isBy = token.Equals("by", StringComparison.OrdinalIgnoreCase);
                if (isBy && otherNames > 0)
                {
                    // "Press Briefing by Press Secretary Josh Earnest, 9/30/2015" is a title that names its speaker.
                    return false;
                }

                bylineNames = isBy ? MaxBylineNames : 0;
                continue;
            }

            if (bylineNames > 0 && char.IsUpper(token[0]) && !lexicon.IsMonth(token))
            {
                bylineNames--;
                continue;
            }

            if (lexicon.IsMonth(token))
            {
                month = true;
            }
            else if (Year().IsMatch(token))
            {
                year = true;
            }
            else if (DayOfMonth().IsMatch(token))
            {
                day = true;
            }
            else if (NumericDate().IsMatch(token))
            {
                numericDate = true;
            }
            else if (char.IsUpper(token[0]) && ++otherNames <= MaxOtherNames)
            {
                continue;
            }
            else
            {
                return false;
            }
        }

        return (month && (day || year)) || numericDate;
    }

    /// <summary>The length of the dateline that opens a paragraph, or 0 where it opens with prose.</summary>
    /// <remarks>Each pattern runs only where the opening has the one character it cannot do without.</remarks>
    public static int LeadLength(ReadOnlySpan<char> paragraph)
    {
        var head = paragraph[..Math.Min(paragraph.Length, MaxLeadLength)];
        if (head.Length < 4 || !(char.IsUpper(head[0]) || head[0] == '('))
        {
            return 0;
        }

        var firstSpace = head.IndexOf(' ');
        var firstWord = firstSpace < 0 ? head : head[..firstSpace];
        return head[0] == '(' ? FirstMatchLength(AgencyAndDash(), head)
            : head.ContainsAny('(', '/') && FirstMatchLength(PlaceAndAgency(), head) is > 0 and var withAgency ? withAgency
            : char.IsUpper(head[1]) && char.IsUpper(head[2]) && FirstMatchLength(CapitalPlaceAndDash(), head) is > 0 and var capitals ? capitals
            : firstWord.Contains('-') ? FirstMatchLength(PlaceDashAgency(), head)
            : 0;
    }

    private static int FirstMatchLength(Regex pattern, ReadOnlySpan<char> text)
    {
        foreach (var match in pattern.EnumerateMatches(text))
        {
            return match.Length;
        }

        return 0;
    }

    [GeneratedRegex(@"^\d{1,2}[:.]\d{2}(?::\d{2})?(?:am|pm)?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"^(?:1[89]|20)\d{2}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumericDate();

    /// <summary>
    /// "MOSCOW (Reuters) - ", "WASHINGTON, May 7 (AP) — ", "Moscow, Russia, 7 May (RIA Novosti) – ", and the Russian
    /// agencies' form with the agency between slashes: "MOSCOW, February 22. /TASS/. ".
    /// </summary>
    [GeneratedRegex(
        @"\A[A-Z][\p{L}.'’-]*(?:[ /][A-Z][\p{L}.'’-]*){0,3}(?:, [A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,2})?(?:, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})\.?)? ?(?:\([A-Z][\p{L}.&'’ -]{1,30}\) ?(?:-{1,2}|[–—]|:)|/[A-Z][\p{L}-]{1,20}/\.?) ?",
        RegexOptions.None,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlaceAndAgency();

    /// <summary>"DAMASCUS, Syria — ", "UNITED NATIONS, May 7 -- ".</summary>
    [GeneratedRegex(
        @"\A[A-Z]{3,}(?:[ .'-][A-Z]{2,}){0,3}(?:, [A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*){0,2})?(?:, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}))? (?:-{1,2}|[–—]) ",
        RegexOptions.None,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex CapitalPlaceAndDash();

    /// <summary>"Baku-APA. ": a place joined to an agency's capitals.</summary>
    [GeneratedRegex(@"\A[A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?-[A-Z]{2,8}\. ", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlaceDashAgency();

    /// <summary>"(CNN) -- ".</summary>
    [GeneratedRegex(@"\A\([A-Z][\p{L}.&' ]{1,20}\) ?(?:-{1,2}|[–—]) ", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AgencyAndDash();
}
