using Diplomacy.Core.Text;

namespace Diplomacy.Core.Model;

/// <summary>Something in the text that contradicts the knowledge files (a wrong year, a wrong resolution number).</summary>
public sealed record ConsistencyFlag(TextSpan Span, string Message);
