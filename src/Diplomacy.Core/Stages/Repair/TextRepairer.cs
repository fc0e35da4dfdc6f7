using System.Buffers;
using System.Text;
using Diplomacy.Core.Model;
using Diplomacy.Core.Pipeline;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Repair;

/// <summary>
/// Stage 1. Reads <see cref="ArticleDocument.Text"/> as decoded from the file; writes the repaired text,
/// the <see cref="ArticleDocument.SourceMap"/> back to the file's offsets and one <see cref="TextRepair"/>
/// per change. Repairs mojibake, turns CRLF and CR into LF, odd spaces into plain spaces, and removes
/// control and zero-width characters, so later stages see plain, well-formed text.
/// </summary>
public sealed class TextRepairer : IPipelineStage
{
    public const string MojibakeKind = "mojibake";
    public const string LineEndingKind = "line-ending";
    public const string WhitespaceKind = "whitespace";
    public const string ControlCharacterKind = "control-character";
    public const string ZeroWidthKind = "zero-width";

    /// <summary>Characters that never need repair; the scan jumps over runs of them in one vectorised step.</summary>
    private static readonly SearchValues<char> PlainCharacters = SearchValues.Create(
        "\t\n !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    public void Process(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var first = text.AsSpan().IndexOfAnyExcept(PlainCharacters);
        if (first < 0)
        {
            return;
        }

        var repaired = new StringBuilder(text.Length);
        var anchors = new List<(TextSpan Source, TextSpan Target)>();
        var strings = new StringPool();
        Span<char> decoded = stackalloc char[MojibakeDecoder.MaxRun];
        var copiedUpTo = 0;
        var changes = 0;
        var position = first;
        while (position < text.Length)
        {
            if (TryRepairAt(text, position, decoded, strings, out var length, out var replacement, out var kind))
            {
                repaired.Append(text, copiedUpTo, position - copiedUpTo);
                var source = new TextSpan(position, position + length);
                var target = new TextSpan(repaired.Length, repaired.Length + replacement.Length);
                repaired.Append(replacement);
                document.Repairs.Add(new TextRepair(kind, source, strings.Get(text.AsSpan(position, length)), replacement));
                changes++;
                if (length != replacement.Length)
                {
                    AddAnchor(anchors, source, target);
                }

                position += length;
                copiedUpTo = position;
            }
            else
            {
                position++;
            }

            var next = position < text.Length ? text.AsSpan(position).IndexOfAnyExcept(PlainCharacters) : -1;
            if (next < 0)
            {
                break;
            }

            position += next;
        }

        if (changes == 0)
        {
            return;
        }

        repaired.Append(text, copiedUpTo, text.Length - copiedUpTo);
        document.ReplaceText(repaired.ToString(), anchors.Count == 0 ? OffsetMap.Identity : new OffsetMap(anchors));
    }

    private static bool TryRepairAt(string text, int position, Span<char> decoded, StringPool strings, out int length, out string replacement, out string kind)
    {
        var c = text[position];
        if (c > '\u007F' && MojibakeDecoder.TryDecode(text, position, decoded, out length, out var written))
        {
            replacement = Normalise(decoded[..written], strings);
            kind = MojibakeKind;
            return true;
        }

        if (c == '\r' && position + 1 < text.Length && text[position + 1] == '\n')
        {
            length = 2;
            replacement = "\n";
            kind = LineEndingKind;
            return true;
        }

        length = 1;
        kind = ClassifyOddCharacter(c);
        replacement = ReplacementFor(c);
        return kind.Length > 0;
    }

    /// <summary>The repair kind for a character that is not mojibake, or an empty string where it is fine as it is.</summary>
    private static string ClassifyOddCharacter(char c) => c switch
    {
        '\r' or '\f' or '\v' or '\u2028' or '\u2029' => LineEndingKind,
        _ when IsOddSpace(c) => WhitespaceKind,
        _ when IsZeroWidth(c) => ZeroWidthKind,
        _ when char.IsControl(c) => ControlCharacterKind,
        _ => string.Empty,
    };

    private static string ReplacementFor(char c) => c switch
    {
        '\r' or '\f' or '\v' or '\u2028' => "\n",
        '\u2029' => "\n\n",
        _ when IsOddSpace(c) => " ",
        _ => string.Empty,
    };

    /// <summary>A decoded character may itself be an odd space or an invisible mark ("Â\u00A0", "ï»¿").</summary>
    private static string Normalise(ReadOnlySpan<char> decoded, StringPool strings)
    {
        var hasOddCharacter = false;
        foreach (var c in decoded)
        {
            hasOddCharacter |= ClassifyOddCharacter(c).Length > 0;
        }

        if (!hasOddCharacter)
        {
            return strings.Get(decoded);
        }

        var normalised = new StringBuilder(decoded.Length);
        foreach (var c in decoded)
        {
            if (ClassifyOddCharacter(c).Length > 0)
            {
                normalised.Append(ReplacementFor(c));
            }
            else
            {
                normalised.Append(c);
            }
        }

        return strings.Get(normalised.ToString());
    }

    private static bool IsOddSpace(char c) =>
        c is '\u00A0' or '\u1680' or '\u202F' or '\u205F' or '\u3000' or (>= '\u2000' and <= '\u200A');

    private static bool IsZeroWidth(char c) =>
        c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF'
            or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>Adjacent length-changing repairs share one anchor, so no two anchors start at the same target offset.</summary>
    private static void AddAnchor(List<(TextSpan Source, TextSpan Target)> anchors, TextSpan source, TextSpan target)
    {
        if (anchors.Count > 0 && anchors[^1].Source.End == source.Start)
        {
            var last = anchors[^1];
            anchors[^1] = (new TextSpan(last.Source.Start, source.End), new TextSpan(last.Target.Start, target.End));
            return;
        }

        anchors.Add((source, target));
    }
}
