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
        var labelText = text[label.Start..label.End].Trim();
        if (!labelText.All(c => char.IsLetter(c) || c is ' ' or '.' or '\'' or '’' or '-') || !char.IsUpper(labelText[0]))
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

        // "Vladimir Putin:" is a label; "Lavrov said:" is a cue in running text.
        var named = mentions.Within(label).FirstOrDefault();
        if (named is not null && named.Span.End == label.Start + labelText.Length && OnlyTitleBefore(text, label.Start, named.Span.Start))
        {
            return new TranscriptTurn(blockIndex, label, named.ActorName, words);
        }

        var inCapitals = labelText.Any(char.IsLetter) && !labelText.Any(char.IsLower);
        return inCapitals && labelText.Length > 1 ? new TranscriptTurn(blockIndex, label, null, words) : null;
    }

    private static bool OnlyTitleBefore(string text, int labelStart, int nameStart) =>
        nameStart - labelStart <= 24 && !text.AsSpan(labelStart, nameStart - labelStart).ContainsAny(",;:");
}
