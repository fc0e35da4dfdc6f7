using Diplomacy.Core.Text;

namespace Diplomacy.Core.Model;

/// <param name="BlockIndex">Index into <see cref="ArticleDocument.Blocks"/>.</param>
public sealed record Sentence(int Index, TextSpan Span, int BlockIndex);
