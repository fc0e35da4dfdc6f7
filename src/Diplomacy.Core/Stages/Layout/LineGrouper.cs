namespace Diplomacy.Core.Stages.Layout;

/// <summary>
/// Rebuilds logical blocks from lines. Blank lines always separate blocks. Inside a run of lines the text
/// is either unwrapped (every line is a block of its own) or hard-wrapped at some width, where a line
/// continues on the next unless the next line's first word would have fitted on it, the line is longer
/// than the wrap and ends a sentence, the next line is indented deeper, or it opens with a wire dateline.
/// Some pages also put each paragraph's first word alone on a line; such a lead word always starts a new
/// block. A transcript's speaker label alone on a line always joins the words below it, and a line opening in lower
/// case always continues the sentence left open above it.
/// </summary>
internal sealed class LineGrouper
{
    private const int MinWrapWidth = 40;
    private const int MaxWrapWidth = 100;
    private const int MaxLeadWordLength = 20;

    private readonly string _text;
    private readonly IReadOnlyList<TextLine> _lines;
    private readonly LayoutLexicon _lexicon;
    /// <summary>The width the text was hard-wrapped at, or 0 where it was not wrapped.</summary>
    private readonly int _wrapWidth;

    /// <summary>True where paragraphs start with their first word alone on a line.</summary>
    private readonly bool _leadWordsAlone;

    public LineGrouper(string text, IReadOnlyList<TextLine> lines, LayoutLexicon lexicon)
    {
        _text = text;
        _lines = lines;
        _lexicon = lexicon;
        _wrapWidth = EstimateWrapWidth();
        _leadWordsAlone = _wrapWidth > 0 && HasLeadWordsAlone();
    }

    public static List<TextLine> SplitLines(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var first = start;
            var last = end;
            while (first < last && IsBlankChar(text[first]))
            {
                first++;
            }

            while (last > first && IsBlankChar(text[last - 1]))
            {
                last--;
            }

            lines.Add(new TextLine(first, last, first - start));
            if (newline < 0)
            {
                break;
            }

            start = newline + 1;
        }

        return lines;
    }

    public List<LineGroup> Group()
    {
        var groups = new List<LineGroup>();
        var chunk = 0;
        var first = -1;
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_lines[i].IsBlank)
            {
                if (first >= 0)
                {
                    groups.Add(new LineGroup(first, i - 1, chunk));
                    first = -1;
                }

                chunk++;
                continue;
            }

            if (first >= 0 && !Joins(i - 1, i))
            {
                groups.Add(new LineGroup(first, i - 1, chunk));
                first = -1;
            }

            if (first < 0)
            {
                first = i;
            }
        }

        if (first >= 0)
        {
            groups.Add(new LineGroup(first, _lines.Count - 1, chunk));
        }

        return groups;
    }

    private bool Joins(int previous, int next)
    {
        if (IsDayNumberBeforeMonth(previous, next))
        {
            return true;
        }

        if (IsSpeakerLabelAlone(previous) || ContinuesInLowerCase(previous, next) || EndsWithContinuationWord(previous))
        {
            return true;
        }

        if (_wrapWidth == 0 || StartsWithDatelineLead(next) || (IsOverlong(previous) && EndsSentence(previous)) || _lines[next].Indent > _lines[previous].Indent)
        {
            return false;
        }

        if (_leadWordsAlone)
        {
            if (IsLeadWord(next) && !IsTail(previous, next))
            {
                return false;
            }

            if (IsLeadWord(previous))
            {
                return true;
            }
        }

        return NextWordWouldNotFit(previous, next);
    }

    /// <summary>
    /// A line that stops mid-sentence above a line opening in lower case was broken inside a sentence, whatever the
    /// width: blocks do not start in lower case. This holds where lines were wrapped by hand or at uneven widths.
    /// </summary>
    private bool ContinuesInLowerCase(int previous, int next) =>
        _lines[next].Length > 0 && char.IsLower(_text[_lines[next].Start]) && !EndsSentence(previous);

    /// <summary>"… to encourage both the" / "Syrian government …": a line ending in a word no sentence ends with runs on.</summary>
    private bool EndsWithContinuationWord(int line)
    {
        var span = _text.AsSpan(_lines[line].Start, _lines[line].Length);
        var lastSpace = span.LastIndexOf(' ');
        return lastSpace >= 0 && _lexicon.IsContinuationWord(span[(lastSpace + 1)..]);
    }

    /// <summary>A line of more characters than the wrap allows was never wrapped; where it ends a sentence, it ends its block.</summary>
    private bool IsOverlong(int line) => _lines[line].Length > _wrapWidth + OverlongMargin(_wrapWidth);

    private static int OverlongMargin(int width) => Math.Max(8, width / 8);

    /// <summary>A wire dateline ("WASHINGTON, May 7 (AP) —") opens a story's first paragraph, never continues a line.</summary>
    private bool StartsWithDatelineLead(int line) => DatelineRecognizer.LeadLength(_text.AsSpan(_lines[line].Start, _lines[line].Length)) > 0;

    /// <summary>"SECRETARY KERRY:" alone on its line speaks the line below it.</summary>
    private bool IsSpeakerLabelAlone(int line)
    {
        var text = _text.AsSpan(_lines[line].Start, _lines[line].Length);
        return text.EndsWith(':') && text.IndexOf(':') == text.Length - 1 && TextShape.StartsWithSpeakerLabel(text);
    }

    private bool EndsSentence(int line) => TextShape.EndsSentence(_text.AsSpan(_lines[line].Start, _lines[line].Length));

    /// <summary>
    /// The wrapper moved the next line's first word down only if it did not fit. The margin allows for pages
    /// wrapped by pixel width in a proportional font, where a line's character count varies by a few; a line
    /// that ends a sentence gets no margin, since a paragraph's last line is often nearly full.
    /// </summary>
    private bool NextWordWouldNotFit(int previous, int next)
    {
        var margin = EndsSentence(previous) ? 0 : Math.Max(4, _wrapWidth / 8);
        return _lines[previous].Length + 1 + FirstWordLength(_lines[next]) > _wrapWidth - margin;
    }

    /// <summary>"7" above "May, 2013": a day number alone on its line belongs with the month below it.</summary>
    private bool IsDayNumberBeforeMonth(int previous, int next)
    {
        var day = _lines[previous];
        if (day.Length is < 1 or > 2 || _text.AsSpan(day.Start, day.Length).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var month = _lines[next];
        var wordLength = 0;
        while (wordLength < month.Length && char.IsAsciiLetter(_text[month.Start + wordLength]))
        {
            wordLength++;
        }

        return wordLength > 0 && _lexicon.IsMonth(_text.Substring(month.Start, wordLength));
    }

    /// <summary>A single capitalised word (or number, or quote mark and word) alone on a line, with text below it.</summary>
    private bool IsLeadWord(int line)
    {
        var span = _text.AsSpan(_lines[line].Start, _lines[line].Length);
        if (span.Length is 0 or > MaxLeadWordLength || span.ContainsAny(' ', '\t') || line + 1 >= _lines.Count || _lines[line + 1].IsBlank)
        {
            return false;
        }

        var initial = IsOpeningMark(span[0]) && span.Length > 1 ? span[1] : span[0];
        return char.IsUpper(initial) || char.IsDigit(initial);
    }

    /// <summary>"Hezbollah." under a full line that does not end a sentence closes that sentence; it leads nothing.</summary>
    private bool IsTail(int previous, int next) => !EndsSentence(previous) && NextWordWouldNotFit(previous, next) && EndsSentence(next);

    /// <summary>
    /// The width most wrapped lines reach: among the lines short enough to have been wrapped, the length that a
    /// tenth of them reach or exceed. It is accepted only where it is a plausible wrap width and many lines
    /// come close to it, so a text of long unwrapped lines with a few short ones is not read as wrapped.
    /// </summary>
    private int EstimateWrapWidth()
    {
        var nonBlank = _lines.Count(l => !l.IsBlank);
        var lengths = _lines.Where(l => !l.IsBlank && l.Length <= MaxWrapWidth + OverlongMargin(MaxWrapWidth)).Select(l => l.Length).ToArray();
        if (lengths.Length < 4)
        {
            return 0;
        }

        Array.Sort(lengths);
        var width = lengths[lengths.Length - 1 - (lengths.Length / 10)];
        if (width is < MinWrapWidth or > MaxWrapWidth)
        {
            return 0;
        }

        var nearFull = lengths.Count(length => length >= width * 3 / 4 && length <= width);
        return nearFull * 5 >= lengths.Length * 2 && nearFull * 10 >= nonBlank * 3 ? width : 0;
    }

    private bool HasLeadWordsAlone()
    {
        var leads = 0;
        var nonBlank = 0;
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_lines[i].IsBlank)
            {
                continue;
            }

            nonBlank++;
            if (IsLeadWord(i) && !IsOverlong(i + 1) && !EndsSentence(i))
            {
                leads++;
            }
        }

        return leads >= 3 && leads * 8 >= nonBlank;
    }

    private int FirstWordLength(TextLine line)
    {
        var span = _text.AsSpan(line.Start, line.Length);
        var space = span.IndexOfAny(' ', '\t');
        return space < 0 ? span.Length : space;
    }

    private static bool IsOpeningMark(char c) => c is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '\u00AB';

    private static bool IsBlankChar(char c) => c is ' ' or '\t';
}
