namespace Diplomacy.Core.Text;

/// <summary>
/// Maps offsets in a repaired text back to offsets in the text it was repaired from.
/// Repairs that change length (mojibake "â€œ" → "“") record an anchor; between anchors
/// the two texts advance in step, so a position maps by the nearest anchor before it.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _targetStarts;
    private readonly int[] _sourceStarts;
    private readonly int[] _targetEnds;
    private readonly int[] _sourceEnds;

    public static OffsetMap Identity { get; } = new([]);

    /// <param name="replacements">Replaced ranges, in order, each with its range in the source and in the target.</param>
    public OffsetMap(IReadOnlyList<(TextSpan Source, TextSpan Target)> replacements)
    {
        ArgumentNullException.ThrowIfNull(replacements);
        _targetStarts = new int[replacements.Count];
        _sourceStarts = new int[replacements.Count];
        _targetEnds = new int[replacements.Count];
        _sourceEnds = new int[replacements.Count];
        for (var i = 0; i < replacements.Count; i++)
        {
            _sourceStarts[i] = replacements[i].Source.Start;
            _sourceEnds[i] = replacements[i].Source.End;
            _targetStarts[i] = replacements[i].Target.Start;
            _targetEnds[i] = replacements[i].Target.End;
        }
    }

    public bool IsIdentity => _targetStarts.Length == 0;

    /// <summary>The source offset of a target offset; a position inside a replacement maps to the replacement's start (or end, for an end offset).</summary>
    public int ToSource(int targetOffset, bool isEnd = false)
    {
        var index = Array.BinarySearch(_targetStarts, targetOffset);
        if (index < 0)
        {
            index = ~index - 1;
        }
        else if (isEnd)
        {
            // An end offset equal to a replacement's start belongs to the text before it.
            index--;
        }

        if (index < 0)
        {
            return targetOffset;
        }

        if (targetOffset < _targetEnds[index] || (isEnd && targetOffset == _targetEnds[index]))
        {
            return isEnd && targetOffset > _targetStarts[index] ? _sourceEnds[index] : _sourceStarts[index];
        }

        return _sourceEnds[index] + (targetOffset - _targetEnds[index]);
    }

    public TextSpan ToSource(TextSpan target) => new(ToSource(target.Start), ToSource(target.End, isEnd: true));
}
