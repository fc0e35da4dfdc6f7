namespace Diplomacy.Core.Export;

#pragma warning disable CA1819 // A record of the exchange format is plain data.
public sealed record ActorRecord(string Name, string Type, string? Country, string? Role, string[] Aliases, bool Known, bool Analyst);
#pragma warning restore CA1819
