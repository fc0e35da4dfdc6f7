using Diplomacy.Core.Text;

namespace Diplomacy.Core.Model;

/// <summary>A phrase that pins or bounds the publication date, and what it says.</summary>
/// <param name="Explanation">The reasoning, e.g. "G-20 summit, Los Cabos, 18–19 June 2012 + last week".</param>
public sealed record DateEvidence(TextSpan Span, string Phrase, string Explanation);
