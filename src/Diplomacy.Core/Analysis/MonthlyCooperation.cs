namespace Diplomacy.Core.Analysis;

/// <summary>The US–Russia cooperation index of one month: the mean Goldstein score of their events.</summary>
public sealed record MonthlyCooperation(int Year, int Month, double MeanGoldstein, int Events);
