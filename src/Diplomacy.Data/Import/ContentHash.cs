using System.Security.Cryptography;
using System.Text;

namespace Diplomacy.Data.Import;

internal static class ContentHash
{
    /// <summary>SHA-256 of the decoded text, so the same article saved as UTF-8 or UTF-16 is still one article.</summary>
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
