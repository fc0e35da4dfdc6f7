namespace Diplomacy.Core.Stages.Coding;

/// <summary>A lexicon phrase found in a token list: tokens [Start, End) and what the lexicon says of it.</summary>
internal readonly record struct PhraseMatch<T>(int Start, int End, IReadOnlyList<T> Values);
