namespace Diplomacy.Web.Tests.Support;

/// <summary>Articles the editor tests paste into the form.</summary>
public static class SampleArticles
{
    /// <summary>A short wire story: a Reuters dateline, two ministers, one quote.</summary>
    public const string GenevaWire = """
        Lavrov and Kerry meet in Geneva on Syria

        GENEVA (Reuters) - Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry met on Friday to discuss a ceasefire in Syria.

        "We agreed to work together," Lavrov told reporters.
        """;
}
