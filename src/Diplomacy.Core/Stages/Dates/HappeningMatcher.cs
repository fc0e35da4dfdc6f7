using System.Runtime.InteropServices;
using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>
/// Finds the known happenings a sentence alludes to: a sentence alludes to a happening when it holds a phrase
/// of every one of the happening's cue groups ("G-20" and "Mexico"). All cue phrases of all happenings sit in
/// one phrase index, so a sentence costs one pass over its tokens.
/// </summary>
internal sealed class HappeningMatcher
{
    private const int MaxGroups = 64;

    private readonly IReadOnlyList<HappeningEntry> _happenings;
    private readonly ulong[] _allGroups;

    /// <summary>Each cue phrase once, with every (happening, group bit) it stands for.</summary>
    private readonly PhraseIndex<(int Happening, ulong Group)[]> _cues = new();

    public HappeningMatcher(IReadOnlyList<HappeningEntry> happenings)
    {
        _happenings = happenings;
        _allGroups = new ulong[happenings.Count];
        var targets = new Dictionary<string, List<(int, ulong)>>(StringComparer.Ordinal);
        for (var h = 0; h < happenings.Count; h++)
        {
            var groups = happenings[h].Cues ?? [];
            var groupCount = Math.Min(groups.Count, MaxGroups);
            for (var g = 0; g < groupCount; g++)
            {
                foreach (var phrase in groups[g])
                {
                    if (!targets.TryGetValue(phrase, out var list))
                    {
                        list = [];
                        targets.Add(phrase, list);
                    }

                    list.Add((h, 1UL << g));
                }

                _allGroups[h] |= 1UL << g;
            }
        }

        foreach (var (phrase, list) in targets)
        {
            _cues.Add(phrase, [.. list]);
        }
    }

    /// <summary>The happenings the tokens allude to, earliest first.</summary>
    public IReadOnlyList<HappeningEntry> Match(string text, List<RunToken> tokens) => Complete(MatchCueGroups(text, tokens));

    /// <summary>For each happening with a cue in the tokens, the cue groups matched (bit g for group g).</summary>
    public Dictionary<int, ulong> MatchCueGroups(string text, List<RunToken> tokens)
    {
        var groups = new Dictionary<int, ulong>();
        var matches = new List<PhraseHit<(int Happening, ulong Group)[]>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            _cues.CollectAt(text, tokens, i, matches);
        }

        foreach (var match in matches)
        {
            foreach (var (happening, group) in match.Value)
            {
                ref var bits = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, happening, out _);
                bits |= group;
            }
        }

        return groups;
    }

    /// <summary>The happenings all of whose cue groups are matched, earliest first.</summary>
    public IReadOnlyList<HappeningEntry> Complete(IReadOnlyDictionary<int, ulong> groups) =>
        groups.Count == 0
            ? []
            : [.. groups.Where(g => _allGroups[g.Key] != 0 && g.Value == _allGroups[g.Key]).Select(g => _happenings[g.Key]).OrderBy(h => h.Date)];

    /// <summary>
    /// Happenings whose cue groups are all matched, each group perhaps in another sentence ("Kerry" in one,
    /// "Moscow" in the next, "political transition" in a heading), with the sentences that brought new groups.
    /// </summary>
    public IReadOnlyList<ArticleAllusion> CompleteAcross(IEnumerable<(TextSpan Span, IReadOnlyDictionary<int, ulong> Groups)> sentences)
    {
        var pooled = new Dictionary<int, ulong>();
        var holders = new Dictionary<int, List<TextSpan>>();
        foreach (var (span, groups) in sentences)
        {
            foreach (var (happening, matched) in groups)
            {
                var known = pooled.GetValueOrDefault(happening);
                if ((matched & ~known) == 0)
                {
                    continue;
                }

                pooled[happening] = known | matched;
                if (!holders.TryGetValue(happening, out var spans))
                {
                    spans = [];
                    holders.Add(happening, spans);
                }

                spans.Add(span);
            }
        }

        return [.. pooled
            .Where(p => _allGroups[p.Key] != 0 && p.Value == _allGroups[p.Key])
            .Select(p => new ArticleAllusion(_happenings[p.Key], holders[p.Key]))
            .OrderBy(a => a.Happening.Date)];
    }
}
