namespace Diplomacy.Web.Tests.Support;

public static class TestDocs
{
    public const string Extraction = """
        # How extraction works

        The pipeline reads the **raw text** and keeps every span. See [the limits](limits.md#dates) and [a site](https://example.org).

        <script>document.title = "pwned"</script>

        [bad link](javascript:alert(1))

        | stage | reads |
        |---|---|
        | TextRepairer | raw text |
        """;

    public const string Limits = """
        # Known limits

        ## Dates

        Dates inferred from happenings are less certain.
        """;
}
