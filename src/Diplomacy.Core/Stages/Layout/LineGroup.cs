namespace Diplomacy.Core.Stages.Layout;

/// <summary>Consecutive lines that form one logical block; <paramref name="Chunk"/> counts the blank-line separated runs.</summary>
internal readonly record struct LineGroup(int FirstLine, int LastLine, int Chunk);
