using Diplomacy.Core.Text;

namespace Diplomacy.Core.Model;

/// <summary>A dated happening coded from a sentence.</summary>
/// <param name="CameoCode">The CAMEO root code matching <paramref name="Type"/>.</param>
/// <param name="Goldstein">Conflict–cooperation score, −10 (most hostile) … +10 (most cooperative).</param>
public sealed record DiplomaticEvent(
    EventType Type,
    string CameoCode,
    double Goldstein,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Targets,
    string? Location,
    PartialDate? Date,
    EventStatus Status,
    string Summary,
    TextSpan Evidence,
    int SentenceIndex)
{
    public IEnumerable<string> Participants => Sources.Concat(Targets).Distinct(StringComparer.Ordinal);
}
