using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>A happening whose cue groups are all matched across the article, and the sentences that first hold each group.</summary>
internal sealed record ArticleAllusion(HappeningEntry Happening, IReadOnlyList<TextSpan> Sentences);
