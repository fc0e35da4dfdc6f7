using System.Text.Json;
using Diplomacy.Core.Knowledge;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>The month, weekday and relative-time words of temporal.json, indexed for token lookups.</summary>
internal sealed class TemporalLexicon
{
    public const string FileName = "temporal.json";

    private TemporalLexicon(TemporalFileContent content)
    {
        for (var month = 0; month < content.Months.Count; month++)
        {
            foreach (var name in content.Months[month])
            {
                Months.Add(name, month + 1);
            }
        }

        for (var day = 0; day < content.Weekdays.Count; day++)
        {
            Weekdays.Add(content.Weekdays[day], (DayOfWeek)day);
        }

        foreach (var entry in content.Relative)
        {
            Relative.Add(entry.Phrase, entry);
        }

        foreach (var marker in content.FutureMarkers)
        {
            FutureMarkers.Add(marker, true);
        }

        foreach (var marker in content.PastOverrides)
        {
            PastOverrides.Add(marker, true);
        }

        AmbiguousMonthNames = new WordSet(content.AmbiguousMonthNames);
        MonthPrepositions = new WordSet(content.MonthPrepositions);
        FuturePrepositions = new WordSet(content.FuturePrepositions);
        PeriodWords = new WordSet(content.PeriodWords);
        AgoWords = new WordSet(content.AgoWords);
        FormerMarkers = new WordSet(content.FormerMarkers);
        YearBlockers = new WordSet(content.YearBlockers);
        DocumentNumberWords = new WordSet(content.DocumentNumberWords);
        Qualifiers = new Dictionary<string, int>(content.Qualifiers, WordComparer.Instance).GetAlternateLookup<ReadOnlySpan<char>>();
        Seasons = new Dictionary<string, IReadOnlyList<int>>(content.Seasons, WordComparer.Instance).GetAlternateLookup<ReadOnlySpan<char>>();
        NumberWords = new Dictionary<string, int>(content.NumberWords, WordComparer.Instance).GetAlternateLookup<ReadOnlySpan<char>>();
        FirstWords = new WordSet(Months.FirstWords.Concat(Weekdays.FirstWords).Concat(Relative.FirstWords)
            .Concat(content.Qualifiers.Keys).Concat(content.Seasons.Keys).Concat(content.NumberWords.Keys));
        TenseFirstWords = new WordSet(FutureMarkers.FirstWords.Concat(PastOverrides.FirstWords));
        UnitWords = new Dictionary<string, TimeUnit>(content.UnitWords, WordComparer.Instance).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public PhraseIndex<int> Months { get; } = new();

    public PhraseIndex<DayOfWeek> Weekdays { get; } = new();

    public PhraseIndex<RelativePhraseEntry> Relative { get; } = new();

    public PhraseIndex<bool> FutureMarkers { get; } = new();

    public PhraseIndex<bool> PastOverrides { get; } = new();

    /// <summary>Every word a date phrase can start with (besides numbers): tokens not in it are skipped at once.</summary>
    public WordSet FirstWords { get; }

    /// <summary>Every word a future marker or a past override starts with.</summary>
    public WordSet TenseFirstWords { get; }

    public WordSet AmbiguousMonthNames { get; }

    public WordSet MonthPrepositions { get; }

    public WordSet FuturePrepositions { get; }

    public WordSet PeriodWords { get; }

    public WordSet AgoWords { get; }

    public WordSet FormerMarkers { get; }

    public WordSet YearBlockers { get; }

    public WordSet DocumentNumberWords { get; }

    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Qualifiers { get; }

    public Dictionary<string, IReadOnlyList<int>>.AlternateLookup<ReadOnlySpan<char>> Seasons { get; }

    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberWords { get; }

    public Dictionary<string, TimeUnit>.AlternateLookup<ReadOnlySpan<char>> UnitWords { get; }

    public static TemporalLexicon LoadDefault()
    {
        using var stream = KnowledgeBase.OpenEmbedded(FileName);
        var content = JsonSerializer.Deserialize<TemporalFileContent>(stream, KnowledgeBase.JsonOptions)
            ?? throw new InvalidDataException($"{FileName} is empty.");
        return new TemporalLexicon(content);
    }

    private sealed record TemporalFileContent(
        IReadOnlyList<IReadOnlyList<string>> Months,
        IReadOnlyList<string> AmbiguousMonthNames,
        IReadOnlyList<string> Weekdays,
        IReadOnlyList<string> MonthPrepositions,
        IReadOnlyList<string> FuturePrepositions,
        IReadOnlyList<string> PeriodWords,
        Dictionary<string, int> Qualifiers,
        Dictionary<string, IReadOnlyList<int>> Seasons,
        IReadOnlyList<RelativePhraseEntry> Relative,
        Dictionary<string, int> NumberWords,
        Dictionary<string, TimeUnit> UnitWords,
        IReadOnlyList<string> AgoWords,
        IReadOnlyList<string> FutureMarkers,
        IReadOnlyList<string> PastOverrides,
        IReadOnlyList<string> FormerMarkers,
        IReadOnlyList<string> YearBlockers,
        IReadOnlyList<string> DocumentNumberWords);
}
