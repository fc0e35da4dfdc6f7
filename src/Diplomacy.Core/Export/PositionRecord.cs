namespace Diplomacy.Core.Export;

public sealed record PositionRecord(
    string Side,
    string Topic,
    string Stance,
    int Polarity,
    string Holder,
    string? Date,
    bool Analysis,
    string Evidence,
    int Start,
    int End);
