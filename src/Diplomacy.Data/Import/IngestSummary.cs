namespace Diplomacy.Data.Import;

/// <summary>The totals of one ingest or re-extraction run.</summary>
public sealed record IngestSummary(int Added, int AlreadyPresent, int Failed, int Quotes, int Events, IReadOnlyList<ImportResult> Failures)
{
    public static IngestSummary From(IReadOnlyCollection<ImportResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new IngestSummary(
            results.Count(r => r.Outcome == ImportOutcome.Added),
            results.Count(r => r.Outcome == ImportOutcome.AlreadyPresent),
            results.Count(r => r.Outcome == ImportOutcome.Failed),
            results.Sum(r => r.Quotes),
            results.Sum(r => r.Events),
            [.. results.Where(r => r.Outcome == ImportOutcome.Failed)]);
    }
}
