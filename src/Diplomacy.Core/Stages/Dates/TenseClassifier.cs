namespace Diplomacy.Core.Stages.Dates;

/// <summary>
/// Tells whether a sentence speaks of what is still to come ("will meet", "is scheduled", "are to meet",
/// "to hold talks"). Markers come from temporal.json; "would have" and "was scheduled" cancel them.
/// </summary>
internal sealed class TenseClassifier(TemporalLexicon lexicon)
{
    /// <summary>Where the first future marker starts, or null for a sentence about the past or present.</summary>
    public int? FirstFutureMarker(string text, List<RunToken> tokens)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!lexicon.TenseFirstWords.Contains(text, tokens[i]))
            {
                i++;
                continue;
            }

            if (lexicon.PastOverrides.LongestAt(text, tokens, i) is { } past)
            {
                i = past.NextToken;
                continue;
            }

            if (lexicon.FutureMarkers.LongestAt(text, tokens, i) is not null)
            {
                return tokens[i].Start;
            }

            i++;
        }

        return null;
    }
}
