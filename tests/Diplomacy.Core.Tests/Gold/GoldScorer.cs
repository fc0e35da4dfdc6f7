using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Diplomacy.Core.Export;

namespace Diplomacy.Core.Tests.Gold;

/// <summary>A C# reading of ../shared/eval/score_extraction.py, so the project's own tests guard the same bars.</summary>
internal static partial class GoldScorer
{
    private static readonly HashSet<string> Titles =
        ["mr", "ms", "mrs", "dr", "secretary", "president", "minister", "foreign", "general", "deputy", "the", "of", "state", "us", "u", "s"];

    public static GoldScore Score(IReadOnlyList<JsonElement> golds, IReadOnlyDictionary<string, ArticleRecord> predictions)
    {
        int gq = 0, pq = 0, hq = 0, st = 0, sh = 0, dm = 0, dd = 0, gp = 0, pf = 0, ge = 0, pe = 0, he = 0, gpos = 0, ppos = 0, hpos = 0;
        var misses = new List<string>();
        foreach (var gold in golds)
        {
            var file = gold.GetProperty("file").GetString()!;
            var predicted = predictions[file];

            var goldQuotes = gold.GetProperty("quotes").EnumerateArray().Where(q => !string.IsNullOrEmpty(Str(q, "text"))).ToList();
            var used = new HashSet<int>();
            foreach (var g in goldQuotes)
            {
                var hit = Enumerable.Range(0, predicted.Quotes.Length).FirstOrDefault(i => !used.Contains(i) && QuoteMatches(Str(g, "text")!, predicted.Quotes[i].Text), -1);
                if (hit < 0)
                {
                    misses.Add($"{file}: missed quote {Str(g, "text")![..Math.Min(60, Str(g, "text")!.Length)]}");
                    continue;
                }

                used.Add(hit);
                hq++;
                if (Str(g, "speaker") is { } speaker)
                {
                    st++;
                    var names = new List<string> { speaker };
                    if (g.TryGetProperty("alt_speakers", out var alts) && alts.ValueKind == JsonValueKind.Array)
                    {
                        names.AddRange(alts.EnumerateArray().Select(a => a.GetString()!));
                    }

                    if (names.Any(n => SameSpeaker(n, predicted.Quotes[hit].Speaker)))
                    {
                        sh++;
                    }
                    else
                    {
                        misses.Add($"{file}: wrong speaker {predicted.Quotes[hit].Speaker ?? "null"} for {speaker}: {Str(g, "text")![..Math.Min(40, Str(g, "text")!.Length)]}");
                    }
                }
            }

            misses.AddRange(Enumerable.Range(0, predicted.Quotes.Length).Where(i => !used.Contains(i)).Select(i => $"{file}: extra quote {predicted.Quotes[i].Text[..Math.Min(60, predicted.Quotes[i].Text.Length)]}"));
            gq += goldQuotes.Count;
            pq += predicted.Quotes.Length;

            var goldDate = DateParts(Str(gold.GetProperty("published"), "date"));
            var predictedDate = DateParts(predicted.Published?.Date);
            if (goldDate.Length >= 2 && predictedDate.Take(2).SequenceEqual(goldDate.Take(2)))
            {
                dm++;
            }

            if (goldDate.Length >= 3 && predictedDate.Take(3).SequenceEqual(goldDate.Take(3)))
            {
                dd++;
            }
            else
            {
                misses.Add($"{file}: date {predicted.Published?.Date ?? "none"}, gold {string.Join('-', goldDate)}");
            }

            var people = gold.GetProperty("actors").EnumerateArray().Where(a => Str(a, "type") == "person").Select(a => Str(a, "name")!).ToList();
            gp += people.Count;
            foreach (var person in people)
            {
                if (predicted.Actors.Any(a => SameSpeaker(person, a.Name)))
                {
                    pf++;
                }
                else
                {
                    misses.Add($"{file}: missed person {person}");
                }
            }

            var goldEvents = gold.GetProperty("events").EnumerateArray().Where(e => Str(e, "date") is not null).ToList();
            var takenEvents = new HashSet<int>();
            foreach (var g in goldEvents)
            {
                var gd = DateParts(Str(g, "date")).Take(2).ToArray();
                var participants = g.GetProperty("participants").EnumerateArray().Select(p => p.GetString()!).ToList();
                var hit = Enumerable.Range(0, predicted.Events.Length).FirstOrDefault(
                    i => !takenEvents.Contains(i)
                        && DateParts(predicted.Events[i].Date).Take(gd.Length).SequenceEqual(gd)
                        && participants.Any(x => predicted.Events[i].Participants.Any(y => SameSpeaker(x, y) || Words(x).SequenceEqual(Words(y)))),
                    -1);
                if (hit >= 0)
                {
                    takenEvents.Add(hit);
                    he++;
                }
            }

            ge += goldEvents.Count;
            pe += predicted.Events.Length;

            var goldPositions = gold.GetProperty("positions").EnumerateArray().ToList();
            var takenPositions = new HashSet<int>();
            foreach (var g in goldPositions)
            {
                var hit = Enumerable.Range(0, predicted.Positions.Length).FirstOrDefault(
                    i => !takenPositions.Contains(i)
                        && Fold(predicted.Positions[i].Side) == Fold(Str(g, "side") ?? string.Empty)
                        && Fold(predicted.Positions[i].Topic) == Fold(Str(g, "topic") ?? string.Empty)
                        && DateParts(predicted.Positions[i].Date).Take(1).SequenceEqual(DateParts(Str(g, "date")).Take(1)),
                    -1);
                if (hit >= 0)
                {
                    takenPositions.Add(hit);
                    hpos++;
                }
            }

            gpos += goldPositions.Count;
            ppos += predicted.Positions.Length;
        }

        return new GoldScore(gq, pq, hq, st, sh, golds.Count, dm, dd, gp, pf, ge, pe, he, gpos, ppos, hpos, misses);
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool QuoteMatches(string gold, string predicted)
    {
        var g = Words(gold);
        var p = Words(predicted);
        if (g.Length == 0 || p.Length == 0)
        {
            return false;
        }

        if (g.Length <= 3 || p.Length <= 3)
        {
            return g.SequenceEqual(p);
        }

        return LongestCommonRun(g, p) >= Math.Min(6, Math.Min(g.Length, p.Length));
    }

    private static int LongestCommonRun(string[] a, string[] b)
    {
        var best = 0;
        var previous = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            for (var j = 1; j <= b.Length; j++)
            {
                if (a[i - 1] == b[j - 1])
                {
                    current[j] = previous[j - 1] + 1;
                    best = Math.Max(best, current[j]);
                }
            }

            previous = current;
        }

        return best;
    }

    private static bool SameSpeaker(string? gold, string? predicted)
    {
        if (gold is null || predicted is null)
        {
            return false;
        }

        if (Words(gold).SequenceEqual(Words(predicted)))
        {
            return true;
        }

        var surname = Surname(gold);
        return surname.Length > 0 && surname == Surname(predicted);
    }

    private static string Surname(string name) => Words(name).LastOrDefault(t => !Titles.Contains(t)) ?? string.Empty;

    private static string[] DateParts(string? date)
    {
        if (date is null)
        {
            return [];
        }

        var match = DatePattern().Match(date);
        return match.Success ? [.. match.Groups.Values.Skip(1).Where(g => g.Success).Select(g => g.Value)] : [];
    }

    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static string[] Words(string text) => [.. WordPattern().Matches(Fold(text)).Select(m => m.Value)];

    [GeneratedRegex("[a-z0-9]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatePattern();
}
