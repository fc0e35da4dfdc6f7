using Diplomacy.Core.Text;

namespace Diplomacy.Core.Model;

/// <summary>A date or time phrase in the body ("on Tuesday", "in October", "last week", "7 May 2013").</summary>
/// <param name="Resolved">The date it stands for, resolved against the publication date; null where it cannot be.</param>
/// <param name="IsFuture">True where the phrase points after the publication date ("next month", "by August").</param>
public sealed record TemporalExpression(TextSpan Span, string Text, PartialDate? Resolved, bool IsFuture = false);
