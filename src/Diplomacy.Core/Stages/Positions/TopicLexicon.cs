using System.Text.Json;
using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Stages.Coding;

namespace Diplomacy.Core.Stages.Positions;

/// <summary>
/// The topic lexicon (topics.json): scores a clause per topic (stance phrase 3, strong cue 2, weak cue 1)
/// and names the best topic, with at least <see cref="MinimumScore"/>, and any other topic whose stance the
/// clause expresses, each with the stance it expresses most often (the first one on a tie).
/// </summary>
internal sealed class TopicLexicon
{
    public const string FileName = "topics.json";
    public const int MinimumScore = 2;

    private const int StanceWeight = 3;
    private const int StrongWeight = 2;
    private const int WeakWeight = 1;

    private readonly PhraseMatcher<TopicCue> _cues;

    private TopicLexicon(TopicFile file)
    {
        Topics = file.Topics;
        Phrases =
        [
            .. file.Reporting, .. file.Criticism, .. file.Negations,
            .. file.Topics.SelectMany(t => t.Strong.Concat(t.Weak).Concat(t.Stances.SelectMany(s => s.Phrases))),
        ];
        Reporting = Matcher(file.Reporting);
        Criticism = Matcher(file.Criticism);
        Negations = Matcher(file.Negations);
        var cues = new List<(string, TopicCue)>();
        for (var t = 0; t < Topics.Count; t++)
        {
            var topic = Topics[t];
            cues.AddRange(topic.Strong.Select(p => (p, new TopicCue(t, StrongWeight, -1))));
            cues.AddRange(topic.Weak.Select(p => (p, new TopicCue(t, WeakWeight, -1))));
            for (var s = 0; s < topic.Stances.Count; s++)
            {
                cues.AddRange(topic.Stances[s].Phrases.Select(p => (p, new TopicCue(t, StanceWeight, s))));
            }
        }

        _cues = new PhraseMatcher<TopicCue>(cues);
    }

    public IReadOnlyList<TopicEntry> Topics { get; }

    /// <summary>Every phrase of the file, for the coder's <see cref="WordTable"/>.</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>Verbs that report speech or a view ("said", "insisted", "according to").</summary>
    public PhraseMatcher<string> Reporting { get; }

    /// <summary>Verbs of blame: "A criticised B for X" gives A the opposite of X.</summary>
    public PhraseMatcher<string> Criticism { get; }

    /// <summary>Words that turn a stance just after them to the opposite pole ("not seeking regime change").</summary>
    public PhraseMatcher<string> Negations { get; }

    public static TopicLexicon LoadDefault()
    {
        using var stream = KnowledgeBase.OpenEmbedded(FileName);
        return Load(stream);
    }

    public static TopicLexicon Load(Stream stream) =>
        new(JsonSerializer.Deserialize<TopicFile>(stream, KnowledgeBase.JsonOptions) ?? throw new InvalidDataException($"{FileName} is empty."));

    /// <summary>
    /// The best topic of tokens [from, to) and any other topic whose stance they express, best first;
    /// empty where no topic scores <see cref="MinimumScore"/>.
    /// </summary>
    public IReadOnlyList<TopicReading> Read(IReadOnlyList<WordToken> tokens, int from, int to)
    {
        var matches = _cues.FindAll(tokens, from, to);
        if (matches.Count == 0)
        {
            return [];
        }

        var scores = new int[Topics.Count];
        var firstCue = new int[Topics.Count];
        Array.Fill(firstCue, int.MaxValue);
        var stanceWords = new Dictionary<(int Topic, int Stance), (int Matches, int First)>();
        var weightByTopic = new Dictionary<int, int>();
        foreach (var match in matches)
        {
            weightByTopic.Clear();
            foreach (var cue in match.Values)
            {
                weightByTopic[cue.Topic] = Math.Max(weightByTopic.GetValueOrDefault(cue.Topic), cue.Weight);
                if (cue.Stance >= 0)
                {
                    var key = (cue.Topic, cue.Stance);
                    var (count, first) = stanceWords.GetValueOrDefault(key, (0, match.Start));
                    stanceWords[key] = (count + 1, Math.Min(first, match.Start));
                }
            }

            foreach (var (topic, weight) in weightByTopic)
            {
                scores[topic] += weight;
                firstCue[topic] = Math.Min(firstCue[topic], match.Start);
            }
        }

        var ranked = Enumerable.Range(0, Topics.Count)
            .Where(t => scores[t] >= MinimumScore)
            .OrderByDescending(t => scores[t])
            .ThenBy(t => firstCue[t])
            .ToList();
        var readings = new List<TopicReading>();
        foreach (var topic in ranked)
        {
            var stance = stanceWords
                .Where(pair => pair.Key.Topic == topic)
                .OrderByDescending(pair => pair.Value.Matches)
                .ThenBy(pair => pair.Value.First)
                .Select(pair => (Index: pair.Key.Stance, pair.Value.First))
                .FirstOrDefault((Index: -1, First: firstCue[topic]));
            if (readings.Count > 0 && stance.Index < 0)
            {
                continue;
            }

            var entry = Topics[topic];
            readings.Add(new TopicReading(entry, stance.Index >= 0 ? entry.Stances[stance.Index] : null, stance.First, scores[topic]));
        }

        return readings;
    }

    private static PhraseMatcher<string> Matcher(IEnumerable<string> phrases) => new(phrases.Select(p => (p, p)));

    private readonly record struct TopicCue(int Topic, int Weight, int Stance);

    private sealed record TopicFile(
        IReadOnlyList<string> Reporting,
        IReadOnlyList<string> Criticism,
        IReadOnlyList<string> Negations,
        IReadOnlyList<TopicEntry> Topics);
}
