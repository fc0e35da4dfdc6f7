namespace Diplomacy.Core.Stages.Layout;

/// <summary>The words of a text as spans, without the punctuation around them; allocates nothing.</summary>
internal ref struct WordSpanEnumerator(ReadOnlySpan<char> text)
{
    private ReadOnlySpan<char> _rest = text;

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly WordSpanEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        while (!_rest.IsEmpty)
        {
            _rest = _rest.TrimStart(' ');
            var space = _rest.IndexOf(' ');
            var raw = space < 0 ? _rest : _rest[..space];
            _rest = space < 0 ? [] : _rest[space..];
            Current = raw.Trim(TextShape.WordPunctuation);
            if (!Current.IsEmpty)
            {
                return true;
            }
        }

        return false;
    }
}
