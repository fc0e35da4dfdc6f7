using System.Text;
using Diplomacy.Core.Pipeline;

namespace Diplomacy.Core.Stages.Repair;

/// <summary>Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252.</summary>
public static class ArticleDecoder
{
    /// <summary>Articles larger than this are refused rather than risk an editor's browser or the server.</summary>
    public const int MaxBytes = ExtractionPipeline.MaxArticleLength;

    private const int MaxStrayControls = 4;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            throw new ArticleRejectedException($"The file is {bytes.Length / (1024 * 1024.0):F1} MB; articles are limited to {MaxBytes / (1024 * 1024)} MB.");
        }

        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = DecodeUtf8OrLegacy(bytes[3..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            if (bytes.Contains((byte)0))
            {
                throw new ArticleRejectedException("The file holds binary data (NUL bytes), not article text.");
            }

            text = DecodeUtf8OrLegacy(bytes);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleRejectedException("The file is empty: there is no article text to read.");
        }

        if (LooksBinary(text))
        {
            throw new ArticleRejectedException("The file holds binary data (control characters), not article text.");
        }

        return text;
    }

    private static string DecodeUtf8OrLegacy(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.Encoding.GetString(bytes);
        }
    }

    /// <summary>
    /// Text with more than a few percent control characters (other than line breaks and tabs) is not prose.
    /// C1 controls (U+0080–U+009F) are not counted: they are the bytes Windows-1252 leaves undefined, which
    /// garbled UTF-8 carries and the repair stage decodes; and a stray control or two is repaired, not refused.
    /// </summary>
    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 64 * 1024));
        var controls = 0;
        foreach (var c in sample)
        {
            if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        return controls > Math.Max(MaxStrayControls, sample.Length / 50);
    }
}
