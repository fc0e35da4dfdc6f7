namespace Diplomacy.Core.Knowledge;

/// <summary>An office held by one person at a time ("US Secretary of State").</summary>
/// <param name="References">Phrases that name the office alone ("the Secretary of State", "U.S. secretary of state").</param>
/// <param name="Labels">Transcript speaker labels, in capitals as printed, that stand for the holder ("THE PRESIDENT").</param>
public sealed record OfficeEntry(string Name, string? Country, IReadOnlyList<string> References, IReadOnlyList<string>? Labels = null)
{
    public IReadOnlyList<string> AllLabels => Labels ?? [];
}
