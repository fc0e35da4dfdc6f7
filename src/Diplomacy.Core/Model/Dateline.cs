using Diplomacy.Core.Text;

namespace Diplomacy.Core.Model;

/// <summary>
/// A dateline or timestamp, the date stage's first evidence. Either a whole <see cref="BlockKind.Dateline"/>
/// block ("# 07 December 2012 00:47", "7 May, 2013") or the lead of a paragraph ("MOSCOW (Reuters) -",
/// "WASHINGTON, May 7 (AP) —", "Baku-APA."), which stays part of its paragraph and its first sentence.
/// </summary>
/// <param name="BlockIndex">The Dateline block, or the paragraph the lead opens.</param>
/// <param name="IsInline">True for a paragraph's lead, false for a block of its own.</param>
public sealed record Dateline(TextSpan Span, int BlockIndex, bool IsInline);
