namespace Diplomacy.Core.Stages.Dates;

/// <summary>Which way a phrase points from the time of writing, where the phrase itself says so.</summary>
internal enum TimeDirection
{
    None,
    Past,
    Future,
}
