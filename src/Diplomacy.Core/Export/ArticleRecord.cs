namespace Diplomacy.Core.Export;

#pragma warning disable CA1819 // A record of the exchange format is plain data.
public sealed record ArticleRecord(
    string File,
    string? Title,
    PublishedRecord? Published,
    ActorRecord[] Actors,
    QuoteRecord[] Quotes,
    EventRecord[] Events,
    PositionRecord[] Positions,
    string[] Flags);
#pragma warning restore CA1819
