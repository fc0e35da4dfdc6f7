namespace Diplomacy.Web.Api;

/// <param name="Next">The address of the next page, or null on the last.</param>
public sealed record ApiPage<T>(int Count, string? Next, IReadOnlyList<T> Items);
