using System.Collections.Frozen;
using System.Text;

namespace Diplomacy.Core.Stages.Repair;

/// <summary>
/// The Windows-1252 code page both ways. Mojibake is UTF-8 bytes shown through this code page (or its
/// Latin-1 subset), so turning the shown characters back into bytes recovers the original UTF-8.
/// </summary>
internal static class Windows1252
{
    public static Encoding Encoding { get; } = CreateEncoding();

    /// <summary>The 27 characters that 0x80–0x9F stand for in Windows-1252 but not in Latin-1 ("€", "™", "œ"…).</summary>
    private static readonly FrozenDictionary<char, byte> HighPunctuation = CreateHighPunctuation();

    /// <summary>The byte a character was shown for; Latin-1 characters (C1 controls included) are their own byte.</summary>
    public static bool TryGetByte(char c, out byte value)
    {
        if (c is >= '\u0080' and <= '\u00FF')
        {
            value = (byte)c;
            return true;
        }

        return HighPunctuation.TryGetValue(c, out value);
    }

    private static Encoding CreateEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static FrozenDictionary<char, byte> CreateHighPunctuation()
    {
        var map = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0x9F; b++)
        {
            var shown = Encoding.GetString([(byte)b]);
            if (shown.Length == 1 && shown[0] > '\u00FF')
            {
                map[shown[0]] = (byte)b;
            }
        }

        return map.ToFrozenDictionary();
    }
}
