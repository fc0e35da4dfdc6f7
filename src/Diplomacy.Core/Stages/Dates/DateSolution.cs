namespace Diplomacy.Core.Stages.Dates;

/// <summary>The days that agree with the most evidence, and which evidence that is.</summary>
/// <param name="Support">The share of all evidence weight the window agrees with (0..1).</param>
internal sealed record DateSolution(DateWindow Window, IReadOnlyList<DateConstraint> Satisfied, double Support);
