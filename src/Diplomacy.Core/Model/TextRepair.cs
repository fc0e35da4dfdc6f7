using Diplomacy.Core.Text;

namespace Diplomacy.Core.Model;

/// <summary>One change the repair stage made to the text as read, for the record shown to editors.</summary>
/// <param name="Kind">What was wrong: "mojibake", "whitespace", "control-character"…</param>
/// <param name="SourceSpan">Where, in the text as read.</param>
public sealed record TextRepair(string Kind, TextSpan SourceSpan, string Original, string Replacement);
