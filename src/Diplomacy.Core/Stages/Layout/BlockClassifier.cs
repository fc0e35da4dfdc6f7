using System.Buffers;
using Diplomacy.Core.Model;

namespace Diplomacy.Core.Stages.Layout;

/// <summary>
/// Decides what each block is. Page furniture first, by general cues (a block's own shape and words, then
/// its neighbours): datelines, comment widgets, share prompts, photo credits and captions, author bylines
/// and bios. Then the title (the first remaining block), a repeat of it, the decks under it, sub-headings,
/// and everything else is a paragraph. A rule only ever marks short blocks as furniture, so long prose
/// is never dropped.
/// </summary>
internal sealed class BlockClassifier(LayoutLexicon lexicon)
{
    public const string SeparatorReason = "separator";
    public const string PhotoCreditReason = "photo credit";
    public const string PhotoCaptionReason = "photo caption";
    public const string BylineReason = "byline";
    public const string AuthorBylineReason = "author byline";
    public const string AuthorBioReason = "author bio";
    public const string RepeatedTitleReason = "repeated title";
    public const string AsideReason = "aside in brackets";
    public const string ReaderCommentsReason = "reader comments";

    private const int MaxTitleLength = 300;
    private const int MaxHeadingLength = 100;
    private const int MaxHeadingWords = 16;
    private const int MaxPhraseLineLength = 150;
    private const int MaxCreditLength = 60;
    private const int MaxCreditWords = 8;
    private const int MaxCreditTailWords = 4;
    private const int MaxBylineLength = 60;
    private const int MaxCaptionLength = 200;
    private const int MaxCaptionAboveCreditLength = 300;
    private const int MinCaptionWords = 4;
    private const int MaxCaptionNeighbourLength = 120;
    private const int MaxButtonLength = 40;
    private const int MaxButtonWords = 4;
    private const int MaxNameLineLength = 40;
    private const int MaxNameWords = 4;
    private const int TrailingBlocksForBio = 4;
    private const int MaxBioOpeningLength = 200;
    private const int BioReach = 1500;
    private const int MaxDecks = 2;

    /// <summary>Letters of any script and the marks names carry ("O'Brien", "al-Assad", "J.").</summary>
    private static readonly SearchValues<char> NameCharacters = SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.-'\u2019ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿ");

    private readonly DatelineRecognizer _datelines = new(lexicon);

    public void Classify(IReadOnlyList<BlockDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            ClassifyAlone(draft);
        }

        MarkCommentThread(drafts);
        MarkAuthorBios(drafts);
        MarkCaptionsAboveCredits(drafts);
        var title = MarkTitle(drafts);
        if (title is not null)
        {
            MarkRepeatedTitle(drafts, title);
        }

        MarkFurnitureNeighbours(drafts);
        MarkDecksAndHeadings(drafts, title);
        foreach (var draft in drafts.Where(d => d.IsOpen))
        {
            draft.Mark(BlockKind.Paragraph);
        }
    }

    /// <summary>
    /// Readers' comments under a post: from a line that opens them ("3 thoughts on …", "Reader comments") in the second half
    /// of the page to the end, nothing is the article's. The half keeps a "Comments" link in a page's header harmless.
    /// </summary>
    private void MarkCommentThread(IReadOnlyList<BlockDraft> drafts)
    {
        for (var i = Math.Max(1, drafts.Count / 2); i < drafts.Count; i++)
        {
            if (drafts[i].IsWhole && lexicon.OpensCommentThread(drafts[i].Head))
            {
                // Furniture among the comments ("Post a Comment") keeps its own reason.
                foreach (var draft in drafts.Skip(i).Where(d => d.Kind != BlockKind.Boilerplate))
                {
                    draft.Mark(BlockKind.Boilerplate, ReaderCommentsReason);
                }

                return;
            }
        }
    }

    private void ClassifyAlone(BlockDraft draft)
    {
        if (!draft.IsWhole)
        {
            return;
        }

        var text = draft.Head;
        if (!TextShape.HasLetterOrDigit(text))
        {
            draft.Mark(BlockKind.Boilerplate, SeparatorReason);
        }
        else if (_datelines.IsDatelineLine(text))
        {
            draft.Mark(BlockKind.Dateline);
        }
        else if (text.Length <= MaxPhraseLineLength && lexicon.MatchBoilerplatePhrase(text) is { } reason)
        {
            draft.Mark(BlockKind.Boilerplate, reason);
        }
        else if (IsPhotoCredit(text))
        {
            draft.Mark(BlockKind.Boilerplate, PhotoCreditReason);
        }
        else if (IsByline(text))
        {
            draft.Mark(BlockKind.Boilerplate, BylineReason);
        }
        else if (IsPictureCaption(text))
        {
            draft.Mark(BlockKind.Boilerplate, PhotoCaptionReason);
        }
        else if (IsAside(text))
        {
            draft.Mark(BlockKind.Boilerplate, AsideReason);
        }
    }

    /// <summary>
    /// A block wholly in brackets is the editor's, not the story's: "(Reporting by Jane Roe; Editing by John Doe)",
    /// a transcript's "(Laughter.)" or "[The briefing was concluded at 2:17 p.m.]".
    /// </summary>
    private static bool IsAside(string text) =>
        (text[0] == '(' && text.IndexOf(')', StringComparison.Ordinal) == text.Length - 1)
        || (text[0] == '[' && text.IndexOf(']', StringComparison.Ordinal) == text.Length - 1);

    /// <summary>"UN Photo", "Photo: Reuters", "Photo by Jane Doe", "AFP/Getty Images", "(Reuters/Maxim Shemetov)".</summary>
    private bool IsPhotoCredit(string text)
    {
        var wordCount = TextShape.CountWords(text);
        if (text.Length > MaxCreditLength || wordCount > MaxCreditWords)
        {
            return false;
        }

        if (text[0] == '(' && text[^1] == ')' && text.Contains('/', StringComparison.Ordinal))
        {
            return true;
        }

        ReadOnlySpan<char> firstWord = default;
        ReadOnlySpan<char> lastWord = default;
        foreach (var word in new WordSpanEnumerator(text))
        {
            firstWord = firstWord.IsEmpty ? word : firstWord;
            lastWord = word;
        }

        if (firstWord.IsEmpty)
        {
            return false;
        }

        if (lexicon.IsCreditWord(firstWord))
        {
            var afterFirst = text.AsSpan(text.AsSpan().IndexOf(firstWord) + firstWord.Length).TrimStart();
            return wordCount == 1 || afterFirst.StartsWith(":") || afterFirst.StartsWith("/")
                || afterFirst.StartsWith("by ", StringComparison.OrdinalIgnoreCase)
                || afterFirst.StartsWith("credit", StringComparison.OrdinalIgnoreCase)
                || afterFirst.StartsWith("courtesy", StringComparison.OrdinalIgnoreCase);
        }

        var afterSlash = lastWord[(lastWord.LastIndexOf('/') + 1)..];
        return wordCount <= MaxCreditTailWords && !TextShape.EndsSentence(text) && (lexicon.IsCreditWord(lastWord) || lexicon.IsCreditWord(afterSlash));
    }

    /// <summary>"By Arshad Mohammed and Steve Gutterman", "Posted by a reader": a "By" must stand before a name.</summary>
    private bool IsByline(string text)
    {
        if (text.Length > MaxBylineLength || TextShape.EndsSentence(text) || lexicon.BylinePrefixOf(text) is not { } prefix || text.Length == prefix.Length)
        {
            return false;
        }

        var isOneWord = !prefix.Trim().Contains(' ', StringComparison.Ordinal);
        return !isOneWord || char.IsUpper(text[prefix.Length]);
    }

    /// <summary>
    /// One sentence that only a caption would write ("pictured", "(left)"), or a verbless sentence that names
    /// a picture ("Map with the front line highlighted.") or pairs people the way captions do
    /// ("X with Y whilst on a visit to Z in 2008.").
    /// </summary>
    private bool IsPictureCaption(string text)
    {
        if (text.Length > MaxCaptionLength || TextShape.HasQuoteMarks(text) || !TextShape.IsSingleSentence(text))
        {
            return false;
        }

        if (lexicon.HasPictureCue(text))
        {
            return true;
        }

        if (TextShape.CountWords(text) < MinCaptionWords || !char.IsUpper(text[0])
            || (!lexicon.HasPictureWord(text) && !(TextShape.LastSignificant(text) == '.' && lexicon.HasCaptionLink(text))))
        {
            return false;
        }

        return TextShape.IsVerbless(text, lexicon);
    }

    /// <summary>A name line followed by a bio that starts with the name, and a bio among the last blocks.</summary>
    private void MarkAuthorBios(IReadOnlyList<BlockDraft> drafts)
    {
        for (var i = 0; i + 1 < drafts.Count; i++)
        {
            var name = drafts[i];
            var bio = drafts[i + 1];
            if (name.IsOpen && bio.IsOpen && name.Span.Length <= MaxNameLineLength && IsNameLine(name.Head) && IsBio(bio, name.Head))
            {
                name.Mark(BlockKind.Boilerplate, AuthorBylineReason);
                bio.Mark(BlockKind.Boilerplate, AuthorBioReason);
            }
        }

        for (var i = Math.Max(0, drafts.Count - TrailingBlocksForBio); i < drafts.Count; i++)
        {
            if (drafts[i].IsOpen && IsBio(drafts[i], name: null))
            {
                drafts[i].Mark(BlockKind.Boilerplate, AuthorBioReason);
            }
        }
    }

    /// <summary>"Mina Fabulous": two to four capitalised words of letters and name punctuation, nothing else.</summary>
    private static bool IsNameLine(string text)
    {
        if (text.Length > MaxNameLineLength)
        {
            return false;
        }

        var words = 0;
        foreach (var word in text.AsSpan().Split(' '))
        {
            var letters = text.AsSpan(word);
            if (letters.IsEmpty)
            {
                continue;
            }

            words++;
            if (!char.IsUpper(letters[0]) || letters.ContainsAnyExcept(NameCharacters))
            {
                return false;
            }
        }

        return words is >= 2 and <= MaxNameWords;
    }

    /// <summary>Opens with a name (the given one, where known) and a bio verb, and talks about writing.</summary>
    private bool IsBio(BlockDraft draft, string? name)
    {
        var head = draft.PrefixSpan(MaxBioOpeningLength);
        if (name is not null && !(head.StartsWith(name) && head.Length > name.Length && head[name.Length] is ' ' or ','))
        {
            return false;
        }

        var nameWords = 0;
        foreach (var word in new WordSpanEnumerator(head))
        {
            if (char.IsUpper(word[0]) && nameWords < MaxNameWords)
            {
                nameWords++;
                continue;
            }

            return nameWords > 0 && lexicon.IsBioVerb(word) && lexicon.MentionsWriting(draft.PrefixSpan(BioReach));
        }

        return false;
    }

    /// <summary>The sentence right above a photo credit is that photo's caption; a question or a few words there are a heading.</summary>
    private static void MarkCaptionsAboveCredits(IReadOnlyList<BlockDraft> drafts)
    {
        for (var i = 1; i < drafts.Count; i++)
        {
            var above = drafts[i - 1];
            if (drafts[i].Reason == PhotoCreditReason && above.IsOpen && above.Span.Length <= MaxCaptionAboveCreditLength
                && TextShape.CountWords(above.Head) >= MinCaptionWords && TextShape.LastSignificant(above.Head) != '?'
                && !TextShape.HasQuoteMarks(above.Head) && TextShape.IsSingleSentence(above.Head))
            {
                above.Mark(BlockKind.Boilerplate, PhotoCaptionReason);
            }
        }
    }

    private static BlockDraft? MarkTitle(IReadOnlyList<BlockDraft> drafts)
    {
        var first = drafts.FirstOrDefault(d => d.IsOpen);
        if (first is null || first.Span.Length > MaxTitleLength || DatelineRecognizer.LeadLength(first.Head) > 0 || TextShape.StartsWithSpeakerLabel(first.Head))
        {
            return null;
        }

        first.Mark(BlockKind.Title);
        return first;
    }

    private static void MarkRepeatedTitle(IReadOnlyList<BlockDraft> drafts, BlockDraft title)
    {
        foreach (var draft in drafts)
        {
            if (draft.IsOpen && draft.Span.Length == title.Span.Length && string.Equals(draft.Head, title.Head, StringComparison.OrdinalIgnoreCase))
            {
                draft.Mark(BlockKind.Boilerplate, RepeatedTitleReason);
            }
        }
    }

    /// <summary>
    /// Furniture comes in clusters. A short single-line sentence with no blank line between it and a caption,
    /// credit or byline belongs to the same picture ("International community focuses on Syria."), and the
    /// few-word lines under a share or comment prompt are its buttons ("Share this:" / "Facebook" / "Twitter").
    /// </summary>
    private void MarkFurnitureNeighbours(IReadOnlyList<BlockDraft> drafts)
    {
        for (var i = 1; i < drafts.Count; i++)
        {
            SpreadCaption(drafts[i - 1], drafts[i]);
            SpreadPrompt(drafts[i - 1], drafts[i]);
        }

        for (var i = drafts.Count - 2; i >= 0; i--)
        {
            SpreadCaption(drafts[i + 1], drafts[i]);
        }
    }

    private static void SpreadCaption(BlockDraft furniture, BlockDraft neighbour)
    {
        if (furniture.Reason is PhotoCaptionReason or PhotoCreditReason or AuthorBylineReason
            && IsClusteredWith(furniture, neighbour)
            && neighbour.Span.Length <= MaxCaptionNeighbourLength
            && !TextShape.HasQuoteMarks(neighbour.Head)
            && TextShape.IsSingleSentence(neighbour.Head))
        {
            neighbour.Mark(BlockKind.Boilerplate, PhotoCaptionReason);
        }
    }

    private void SpreadPrompt(BlockDraft prompt, BlockDraft below)
    {
        if (prompt.Kind == BlockKind.Boilerplate
            && prompt.Reason is { } reason && lexicon.IsPromptReason(reason)
            && IsClusteredWith(prompt, below)
            && below.Span.Length <= MaxButtonLength
            && TextShape.CountWords(below.Head) <= MaxButtonWords)
        {
            below.Mark(BlockKind.Boilerplate, reason);
        }
    }

    private static bool IsClusteredWith(BlockDraft furniture, BlockDraft neighbour) =>
        neighbour.IsOpen && neighbour.Chunk == furniture.Chunk && neighbour.IsSingleLine;

    private void MarkDecksAndHeadings(IReadOnlyList<BlockDraft> drafts, BlockDraft? title)
    {
        var decks = 0;
        var afterTitle = title is not null;
        foreach (var draft in drafts)
        {
            if (draft == title || draft.Kind is BlockKind.Boilerplate or BlockKind.Dateline)
            {
                continue;
            }

            var isHeading = draft.IsOpen && IsHeadingShape(draft);
            if (afterTitle && isHeading && decks < MaxDecks)
            {
                draft.Mark(BlockKind.Deck);
                decks++;
                continue;
            }

            afterTitle = false;
            if (isHeading)
            {
                draft.Mark(BlockKind.Heading);
            }
        }
    }

    /// <summary>
    /// Short, capitalised, with no sentence or clause punctuation at the end (a question is fine), not a quote or a
    /// speaker label ("SECRETARY KERRY:", or a turn label in ordinary case such as "Question:").
    /// </summary>
    private bool IsHeadingShape(BlockDraft draft)
    {
        if (draft.Span.Length > MaxHeadingLength)
        {
            return false;
        }

        var text = draft.Head;
        return (char.IsUpper(text[0]) || char.IsDigit(text[0]))
            && TextShape.CountWords(text) <= MaxHeadingWords
            && TextShape.LastSignificant(text) is not ('.' or ',' or ';' or ':' or '\u2026')
            && !TextShape.StartsWithSpeakerLabel(text)
            && !lexicon.StartsWithTurnLabel(text)
            && TextShape.IsSingleSentence(text);
    }
}
