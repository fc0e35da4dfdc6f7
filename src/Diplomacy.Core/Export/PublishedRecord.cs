namespace Diplomacy.Core.Export;

#pragma warning disable CA1819 // A record of the exchange format is plain data.
public sealed record PublishedRecord(string Date, string Precision, double Confidence, string[] Evidence);
#pragma warning restore CA1819
