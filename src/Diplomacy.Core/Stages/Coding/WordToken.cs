namespace Diplomacy.Core.Stages.Coding;

/// <summary>A lower-cased word of a sentence with its offsets in the document's text.</summary>
/// <param name="BreakBefore">The clause punctuation (',', ';', ':', '–', '(' …) between the previous word and this one, or '\0'.</param>
internal readonly record struct WordToken(string Text, int Start, int End, char BreakBefore);
