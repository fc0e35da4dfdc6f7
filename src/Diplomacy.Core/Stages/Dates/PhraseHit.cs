namespace Diplomacy.Core.Stages.Dates;

/// <summary>A phrase found at a token position: the tokens it covers and the value it was registered with.</summary>
internal readonly record struct PhraseHit<TValue>(int FirstToken, int TokenCount, TValue Value)
{
    public int NextToken => FirstToken + TokenCount;
}
