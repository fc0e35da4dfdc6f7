namespace Diplomacy.Core.Model;

public enum DatePrecision
{
    Year,
    Month,
    Day,
}
