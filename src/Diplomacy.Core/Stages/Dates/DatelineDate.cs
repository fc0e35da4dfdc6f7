using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>The date a dateline or timestamp gives: a full date, or (in a wire dateline such as "MOSCOW, May 7 (Reuters) -") a month and day.</summary>
/// <param name="Span">The whole dateline line or block.</param>
/// <param name="Date">The date phrase inside it.</param>
internal sealed record DatelineDate(TextSpan Span, DatePhrase Date)
{
    public bool HasYear => Date.Year is not null;
}
