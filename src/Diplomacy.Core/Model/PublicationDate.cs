namespace Diplomacy.Core.Model;

/// <param name="Confidence">0..1: an explicit dateline is near 1, an inference from happenings lower.</param>
public sealed record PublicationDate(PartialDate Date, double Confidence, IReadOnlyList<DateEvidence> Evidence)
{
    public DatePrecision Precision => Date.Precision;
}
