using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>
/// Flags a numbered document the knowledge file does not know ("Resolution 2264") when it is one digit off a
/// document the knowledge file knows and the same article cites ("Resolution 2254"): most likely a typo for it.
/// Known numbers come from happenings' cue phrases of the form "Resolution NNNN".
/// </summary>
internal sealed class DocumentNumberChecker
{
    private readonly WordSet _numberWords;
    private readonly Dictionary<string, HappeningEntry> _known = new(StringComparer.Ordinal);

    public DocumentNumberChecker(IReadOnlyList<HappeningEntry> happenings, TemporalLexicon lexicon)
    {
        _numberWords = lexicon.DocumentNumberWords;
        foreach (var happening in happenings)
        {
            foreach (var cue in (happening.Cues ?? []).SelectMany(g => g))
            {
                var tokens = RunTokenizer.Tokenize(cue);
                if (tokens.Count == 2 && !tokens[0].IsNumber && tokens[1].IsNumber && _numberWords.Contains(cue, tokens[0]))
                {
                    _known.TryAdd(cue[tokens[1].Start..tokens[1].End], happening);
                }
            }
        }
    }

    /// <summary>The numbered documents the tokens cite.</summary>
    public IEnumerable<DocumentCitation> Cite(string text, List<RunToken> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i + 1].IsNumber && !tokens[i].IsNumber && _numberWords.Contains(text, tokens[i]))
            {
                yield return new DocumentCitation(new TextSpan(tokens[i].Start, tokens[i + 1].End), text[tokens[i + 1].Start..tokens[i + 1].End]);
            }
        }
    }

    public IEnumerable<ConsistencyFlag> Find(string text, IReadOnlyList<DocumentCitation> citations)
    {
        var citedKnown = citations.Select(c => c.Number).Where(_known.ContainsKey).ToHashSet(StringComparer.Ordinal);
        foreach (var citation in citations.Where(c => !_known.ContainsKey(c.Number)).DistinctBy(c => c.Number))
        {
            var near = citedKnown.Where(n => OneDigitApart(n, citation.Number)).ToList();
            if (near.Count == 1)
            {
                var happening = _known[near[0]];
                yield return new ConsistencyFlag(citation.Span,
                    $"text cites \"{text[citation.Span.Start..citation.Span.End]}\", which the knowledge file does not know; the article also cites {near[0]}: {DateConstraintCollector.Describe(happening)}");
            }
        }
    }

    private static bool OneDigitApart(string a, string b) =>
        a.Length == b.Length && a.Zip(b).Count(pair => pair.First != pair.Second) == 1;
}
