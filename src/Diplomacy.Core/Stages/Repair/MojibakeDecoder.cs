using System.Buffers;
using System.Text.Unicode;

namespace Diplomacy.Core.Stages.Repair;

/// <summary>
/// Recognises UTF-8 that was read as Windows-1252 ("â€œ" for "“", "Ã©" for "é") by turning a run of
/// characters back into bytes and decoding them as UTF-8. A run is accepted only where the bytes form
/// valid UTF-8 for a character that plausibly occurs in news text, so genuine accented words stay untouched.
/// </summary>
internal static class MojibakeDecoder
{
    /// <summary>The most characters one repair decodes; a longer run is repaired in several pieces.</summary>
    public const int MaxRun = 64;

    private const char RightDoubleQuote = '\u201D';
    private const char DottedCapitalI = '\u0130';

    /// <summary>Script and symbol blocks a decoded character must fall in; anything else is more likely genuine text.</summary>
    private static readonly (int First, int Last)[] PlausibleRanges =
    [
        (0x0080, 0x009F), // C1 controls: only a byte Windows-1252 leaves undefined, inside text garbled twice
        (0x00A0, 0x024F), // Latin-1 supplement, Latin extended A and B
        (0x0370, 0x052F), // Greek, Cyrillic
        (0x0590, 0x06FF), // Hebrew, Arabic
        (0x1E00, 0x1EFF), // Latin extended additional
        (0x2000, 0x206F), // general punctuation: quotes, dashes, odd spaces, zero-width marks
        (0x20A0, 0x20CF), // currency signs
        (0x2100, 0x22FF), // letterlike symbols, arrows, maths
        (0xFEFF, 0xFEFF), // a byte order mark pasted mid-text
        (0x1F000, 0x1FAFF), // pictographs and flags
    ];

    /// <summary>
    /// Tries to decode mojibake starting at <paramref name="start"/> into <paramref name="decoded"/> (at least
    /// <see cref="MaxRun"/> characters). Consecutive sequences are decoded together, and a run that is itself
    /// mojibake once decoded (text encoded twice) is decoded again.
    /// </summary>
    public static bool TryDecode(string text, int start, Span<char> decoded, out int consumed, out int written)
    {
        var end = Math.Min(text.Length, start + MaxRun);
        written = DecodeRun(text.AsSpan(start, end - start), decoded, out consumed);
        if (written == 0)
        {
            return false;
        }

        if (written > 1)
        {
            Span<char> twice = stackalloc char[MaxRun];
            var twiceWritten = DecodeRun(decoded[..written], twice, out var innerConsumed);
            if (innerConsumed == written)
            {
                twice[..twiceWritten].CopyTo(decoded);
                written = twiceWritten;
            }
        }

        PreferPlainI(decoded[..written], text, start, consumed);
        return true;
    }

    private static int DecodeRun(ReadOnlySpan<char> text, Span<char> decoded, out int consumed)
    {
        var position = 0;
        var written = 0;
        while (position < text.Length && written + 2 <= decoded.Length && TryDecodeSequence(text[position..], decoded[written..], out var length, out var count))
        {
            position += length;
            written += count;
        }

        consumed = position;
        return written;
    }

    private static bool TryDecodeSequence(ReadOnlySpan<char> text, Span<char> decoded, out int length, out int count)
    {
        length = 0;
        count = 0;
        if (!Windows1252.TryGetByte(text[0], out var lead) || lead is < 0xC2 or > 0xF4)
        {
            return false;
        }

        var continuations = lead switch
        {
            < 0xE0 => 1,
            < 0xF0 => 2,
            _ => 3,
        };

        Span<byte> bytes = stackalloc byte[4];
        bytes[0] = lead;
        var available = 0;
        while (available < continuations
            && 1 + available < text.Length
            && Windows1252.TryGetByte(text[1 + available], out var next)
            && next is >= 0x80 and <= 0xBF)
        {
            bytes[1 + available] = next;
            available++;
        }

        if (available < continuations)
        {
            return TryLostFinalByte(text, available, decoded, out length, out count);
        }

        if (Utf8.ToUtf16(bytes[..(continuations + 1)], decoded, out var read, out var chars, replaceInvalidSequences: false) != OperationStatus.Done
            || read != continuations + 1
            || !IsPlausible(chars == 2 ? char.ConvertToUtf32(decoded[0], decoded[1]) : decoded[0]))
        {
            return false;
        }

        length = continuations + 1;
        count = chars;
        return true;
    }

    /// <summary>
    /// Sequences whose last byte was lost on the way: "â€" alone is a right double quote whose final byte
    /// (0x9D, which Windows-1252 does not define) was dropped, and "Â " is a no-break space (C2 A0) whose
    /// second byte was already turned into a plain space.
    /// </summary>
    private static bool TryLostFinalByte(ReadOnlySpan<char> text, int available, Span<char> decoded, out int length, out int count)
    {
        length = 0;
        count = 0;
        if (text.Length < 2)
        {
            return false;
        }

        if (available == 1 && text[0] == 'â' && text[1] == '€')
        {
            decoded[0] = RightDoubleQuote;
        }
        else if (available == 0 && text[0] == 'Â' && text[1] == ' ')
        {
            decoded[0] = ' ';
        }
        else
        {
            return false;
        }

        length = 2;
        count = 1;
        return true;
    }

    private static bool IsPlausible(int codePoint)
    {
        foreach (var (first, last) in PlausibleRanges)
        {
            if (codePoint >= first && codePoint <= last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A dotted capital I decoded inside a Latin-script word ("RÄ°A" → "RİA") most likely stood for a plain I
    /// that an upstream tool turned Turkish; outside such a word it is kept.
    /// </summary>
    private static void PreferPlainI(Span<char> decoded, string text, int start, int consumed)
    {
        var before = start > 0 && char.IsAsciiLetter(text[start - 1]);
        var after = start + consumed < text.Length && char.IsAsciiLetter(text[start + consumed]);
        if (before || after)
        {
            decoded.Replace(DottedCapitalI, 'I');
        }
    }
}
