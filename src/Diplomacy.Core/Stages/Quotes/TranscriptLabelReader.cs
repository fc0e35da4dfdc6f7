using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Quotes;

/// <summary>
/// Reads transcript speaker labels at the start of a block. A label in capitals ("MR. TONER:") is always one;
/// a label in ordinary case ("Vladimir Putin:") only when it names an actor, so "Note: …" is not taken for a speaker.
/// </summary>
public sealed class TranscriptLabelReader
{
    private const int MaxLabelLength = 48;

    /// <summary>The titles a label may put before the name: "PRESIDENT OF RUSSIA ".</summary>
    private const int MaxTitleLength = 32;
    private readonly HashSet<string> _unattributed;

    public TranscriptLabelReader(SpeechLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _unattributed = new HashSet<string>(lexicon.UnattributedLabels, StringComparer.OrdinalIgnoreCase);
    }

    public TranscriptTurn? Read(ArticleDocument document, MentionIndex mentions, int blockIndex)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        var block = document.Blocks[blockIndex].Span;
        var text = document.Text;
        var limit = Math.Min(block.End, block.Start + MaxLabelLength);
        var colon = text.IndexOf(':', block.Start, limit - block.Start);
        if (colon <= block.Start || colon + 1 >= block.End || !char.IsWhiteSpace(text[colon + 1]))
        {
            return null;
        }

        var label = new TextSpan(block.Start, colon);
        var labelText = WithoutAside(text[label.Start..label.End]).Trim();
        if (labelText.Length == 0 || !labelText.All(c => char.IsLetter(c) || c is ' ' or '.' or '\'' or '’' or '-') || !char.IsUpper(labelText[0]))
        {
            return null;
        }

        var words = new TextSpan(colon + 1, block.End);
        while (words.Start < words.End && char.IsWhiteSpace(text[words.Start]))
        {
            words = words with { Start = words.Start + 1 };
        }

        if (_unattributed.Contains(labelText.TrimEnd('.')))
        {
            return new TranscriptTurn(blockIndex, label, null, words);
        }

        // "Vladimir Putin:" is a label; "Lavrov said:" is a cue in running text. The name ends the label, after its titles
        // ("PRESIDENT OF RUSSIA VLADIMIR PUTIN:").
        var nameEnd = label.Start + labelText.Length;
        var named = mentions.Within(label).LastOrDefault(m => m.Span.End == nameEnd);
        if (named is not null && OnlyTitleBefore(text, label.Start, named.Span.Start))
        {
            return new TranscriptTurn(blockIndex, label, named.ActorName, words);
        }

        var inCapitals = labelText.Any(char.IsLetter) && !labelText.Any(char.IsLower);
        return inCapitals ? new TranscriptTurn(blockIndex, label, null, words) : null;
    }

    /// <summary>"JOHN KERRY (retranslated)" → "JOHN KERRY ": an interpreter's note is not part of the name.</summary>
    private static string WithoutAside(string label)
    {
        var open = label.IndexOf('(', StringComparison.Ordinal);
        return open > 0 && label.TrimEnd().EndsWith(')') ? label[..open] : label;
    }

    private static bool OnlyTitleBefore(string text, int labelStart, int nameStart) =>
        nameStart - labelStart <= MaxTitleLength && !text.AsSpan(labelStart, nameStart - labelStart).ContainsAny(",;:");
}
