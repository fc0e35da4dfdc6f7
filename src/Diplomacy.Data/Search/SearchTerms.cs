namespace Diplomacy.Data.Search;

/// <summary>Splits what a user typed into plain words, so no input can be read as query syntax by either engine.</summary>
internal static class SearchTerms
{
    private const int MaxTerms = 16;

    public static IReadOnlyList<string> Parse(string? query)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(query))
        {
            return terms;
        }

        var start = -1;
        for (var i = 0; i <= query.Length && terms.Count < MaxTerms; i++)
        {
            var isWordChar = i < query.Length && char.IsLetterOrDigit(query[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                terms.Add(query[start..i]);
                start = -1;
            }
        }

        return terms;
    }
}
