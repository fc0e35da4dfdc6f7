namespace Diplomacy.Core.Stages.Dates;

internal enum TimeUnit
{
    Day,
    Week,
    Month,
    Year,
}
