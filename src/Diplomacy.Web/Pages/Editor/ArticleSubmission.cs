using System.Globalization;
using System.Text;

namespace Diplomacy.Web.Pages.Editor;

/// <summary>What an editor's article must pass before the pipeline sees it; each failure is said in plain words.</summary>
public static class ArticleSubmission
{
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>The request may carry a little more than one article (the other fields, multipart framing).</summary>
    public const int MaxRequestBytes = (2 * MaxBytes) + (64 * 1024);

    // An article is text: markup like this means a page's source was pasted, and nothing of it should be stored.
    private static readonly string[] MarkupSigns = ["<script", "<iframe", "<object", "<embed", "<html", "<body", "<!doctype", "javascript:", "<svg", "onerror="];

    /// <returns>Why the content cannot be an article, or null when it may be ingested.</returns>
    public static string? Check(ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
        {
            return "The article is empty.";
        }

        if (TooLarge(content.Length) is { } tooLarge)
        {
            return tooLarge;
        }

        // Text never holds NUL bytes except as UTF-16, which the decoder reads; a NUL in the first kilobyte elsewhere means binary.
        var head = content[..Math.Min(content.Length, 1024)];
        var looksUtf16 = head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF));
        if (!looksUtf16 && head.Contains((byte)0))
        {
            return "The file is not text (it looks like a binary file such as a PDF, an image or a Word document). Save the article as plain text first.";
        }

        var text = Encoding.UTF8.GetString(head.Length == content.Length ? content : content[..Math.Min(content.Length, 256 * 1024)]);
        if (string.IsNullOrWhiteSpace(text))
        {
            return "The article holds only spaces.";
        }

        var sign = MarkupSigns.FirstOrDefault(s => text.Contains(s, StringComparison.OrdinalIgnoreCase));
        return sign is null
            ? null
            : $"The text contains HTML markup (“{sign}”). Paste the article's words, not a web page's source; nothing was stored.";
    }

    /// <summary>Checks a file's size before it is read, so an oversized upload is refused without being buffered.</summary>
    /// <returns>Why a file of <paramref name="length"/> bytes is refused, or null when its size is allowed.</returns>
    public static string? TooLarge(long length) => length > MaxBytes
        ? string.Create(CultureInfo.InvariantCulture, $"The article is {length / 1024.0 / 1024.0:0.0} MB; the limit is {MaxBytes / 1024 / 1024} MB.")
        : null;
}
