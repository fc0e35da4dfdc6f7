using System.Text.Json;
using Diplomacy.Core.Model;

namespace Diplomacy.Core.Tests.Specs;

/// <param name="Sources">The coded sources exactly, or, where the last name is "...", names that must be among them.</param>
/// <param name="Targets">Names that must be among the coded targets.</param>
/// <param name="Date">ISO date cut to its precision, or null where the case does not check it.</param>
/// <param name="Status">"planned" or "conditional"; null for an event that occurred.</param>
internal sealed record ExpectedEvent(IReadOnlyList<string> Sources, IReadOnlyList<string> Targets, string Type, string? Date, string? Status)
{
    private static readonly HashSet<string> TypeNames = [.. Enum.GetValues<EventType>().Select(NameOf)];

    public static bool IsType(string word) => TypeNames.Contains(word);

    public static string NameOf(EventType type) => JsonNamingPolicy.SnakeCaseLower.ConvertName(type.ToString());

    public bool Matches(DiplomaticEvent coded) =>
        NameOf(coded.Type) == Type
        && (Sources.Count > 0 && Sources[^1] == "..."
            ? Sources.Take(Sources.Count - 1).All(coded.Sources.Contains)
            : coded.Sources.Order(StringComparer.Ordinal).SequenceEqual(Sources.Order(StringComparer.Ordinal)))
        && Targets.All(t => coded.Targets.Contains(t))
        && (Date is null || coded.Date?.ToIso() == Date)
        && string.Equals(Status ?? "occurred", coded.Status.ToString(), StringComparison.OrdinalIgnoreCase);

    public override string ToString() =>
        $"event {string.Join(" + ", Sources)} → {(Targets.Count == 0 ? "-" : string.Join(" + ", Targets))} {Type}{(Date is null ? "" : " " + Date)}{(Status is null ? "" : " " + Status)}";

    public static string Describe(DiplomaticEvent coded) =>
        $"event {string.Join(" + ", coded.Sources)} → {(coded.Targets.Count == 0 ? "-" : string.Join(" + ", coded.Targets))} {NameOf(coded.Type)} " +
        $"{coded.Date?.ToIso() ?? "undated"} {coded.Status.ToString().ToLowerInvariant()} ({coded.Summary})";
}
