namespace Diplomacy.Core.Export;

#pragma warning disable CA1819 // A record of the exchange format is plain data.
public sealed record EventRecord(
    string? Date,
    string? Precision,
    string Type,
    string CameoCode,
    double Goldstein,
    string Status,
    string Summary,
    string[] Participants,
    string[] Sources,
    string[] Targets,
    string? Location,
    string Evidence,
    int Start,
    int End);
#pragma warning restore CA1819
