namespace Diplomacy.Web.Api;

public sealed record ExportedRole(string Title, string? From, string? To);
