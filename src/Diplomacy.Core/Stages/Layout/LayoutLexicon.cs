using System.Collections.Frozen;
using System.Text.Json;
using Diplomacy.Core.Knowledge;

namespace Diplomacy.Core.Stages.Layout;

/// <summary>The words the layout stage reads (layout.json): date words, page-furniture phrases, caption and bio cues.</summary>
public sealed class LayoutLexicon
{
    public const string FileName = "layout.json";

    /// <summary>Stands for a number in a whole-line phrase ("# comments").</summary>
    private const char NumberMark = '#';

    private readonly FrozenSet<string> _months;
    private readonly FrozenSet<string> _weekdays;
    private readonly FrozenSet<string> _timestampWords;
    private readonly FrozenSet<string> _creditWords;
    private readonly FrozenSet<string> _pictureWords;
    private readonly IReadOnlyList<string> _pictureCues;
    private readonly FrozenSet<string> _bioVerbs;
    private readonly FrozenSet<string> _finiteVerbs;
    private readonly FrozenSet<string> _captionLinks;
    private readonly IReadOnlyList<string> _bioWords;
    private readonly IReadOnlyList<string> _bylinePrefixes;
    private readonly IReadOnlyList<string> _commentThreadOpeners;
    private readonly IReadOnlyList<string> _turnLabels;
    private readonly FrozenSet<string> _continuationWords;
    private readonly IReadOnlyList<BoilerplatePhrases> _boilerplate;
    private readonly FrozenDictionary<char, (string Phrase, bool IsWholeLine, string Reason)[]> _phrasesByInitial;

    private LayoutLexicon(LayoutFile file)
    {
        _months = ToSet(file.Months);
        _weekdays = ToSet(file.Weekdays);
        _timestampWords = ToSet(file.TimestampWords);
        _creditWords = ToSet(file.CreditWords);
        _pictureWords = ToSet(file.PictureWords);
        _pictureCues = file.PictureCues;
        _bioVerbs = ToSet(file.BioVerbs);
        _finiteVerbs = ToSet(file.FiniteVerbs);
        _captionLinks = ToSet(file.CaptionLinks);
        _bioWords = file.BioWords;
        _bylinePrefixes = file.BylinePrefixes;
        _commentThreadOpeners = file.CommentThreadOpeners;
        _turnLabels = file.TurnLabels;
        _continuationWords = file.ContinuationWords.ToFrozenSet(StringComparer.Ordinal);
        _boilerplate = file.Boilerplate;
        _phrasesByInitial = IndexPhrases(file.Boilerplate);
    }

    public static LayoutLexicon LoadDefault()
    {
        using var stream = KnowledgeBase.OpenEmbedded(FileName);
        var file = JsonSerializer.Deserialize<LayoutFile>(stream, KnowledgeBase.JsonOptions)
            ?? throw new InvalidDataException($"{FileName} is empty.");
        return new LayoutLexicon(file);
    }

    public bool IsMonth(string word) => _months.Contains(word);

    public bool IsWeekday(string word) => _weekdays.Contains(word);

    public bool IsTimestampWord(string word) => _timestampWords.Contains(word);

    public bool IsCreditWord(ReadOnlySpan<char> word) => _creditWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True where a word of the text names a picture ("map", "photo").</summary>
    public bool HasPictureWord(ReadOnlySpan<char> text) => HasWordOf(_pictureWords, text);

    /// <summary>True where a word of the text pairs a caption's subject with what is pictured ("with", "during").</summary>
    public bool HasCaptionLink(ReadOnlySpan<char> text) => HasWordOf(_captionLinks, text);

    public bool HasPictureCue(string text) => _pictureCues.Any(cue => text.Contains(cue, StringComparison.OrdinalIgnoreCase));

    public bool IsBioVerb(ReadOnlySpan<char> word) => _bioVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public bool IsFiniteVerb(ReadOnlySpan<char> word) => _finiteVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public bool MentionsWriting(ReadOnlySpan<char> text)
    {
        foreach (var word in _bioWords)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for furniture whose buttons sit on the lines under it (share prompts, comment widgets).</summary>
    public bool IsPromptReason(string reason) => _boilerplate.Any(b => b.HasButtons && b.Reason == reason);

    /// <summary>The byline opening that starts the line ("By ", "Posted by "), or null.</summary>
    public string? BylinePrefixOf(string line) => _bylinePrefixes.FirstOrDefault(p => line.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// True for a line that heads the readers' comments under a post ("3 thoughts on “…”", "Reader comments"): a leading
    /// number stands for the "#" of an opener.
    /// </summary>
    public bool OpensCommentThread(string line)
    {
        var trimmed = line.AsSpan().Trim();
        var digits = trimmed.IndexOfAnyExceptInRange('0', '9');
        var counted = digits > 0 ? trimmed[digits..].TrimStart() : default;
        foreach (var opener in _commentThreadOpeners)
        {
            var isCounted = opener[0] == NumberMark;
            if (isCounted && digits <= 0)
            {
                continue;
            }

            var subject = isCounted ? counted : trimmed;
            var phrase = isCounted ? opener.AsSpan(1).TrimStart() : opener;
            if (subject.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && (subject.Length == phrase.Length || !char.IsLetter(subject[phrase.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a lower-case word no paragraph ends with ("the", "of", "and").</summary>
    public bool IsContinuationWord(ReadOnlySpan<char> word) => _continuationWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True where the text opens with a transcript's turn label in ordinary case ("Question: …").</summary>
    public bool StartsWithTurnLabel(string text) =>
        _turnLabels.Any(label => text.Length > label.Length && text[label.Length] == ':' && text.StartsWith(label, StringComparison.OrdinalIgnoreCase));

    /// <summary>Why a short line is page furniture ("comment widget", "share or follow prompt"…), or null.</summary>
    public string? MatchBoilerplatePhrase(string line)
    {
        if (line.Length == 0 || !_phrasesByInitial.TryGetValue(char.ToLowerInvariant(line[0]), out var candidates))
        {
            return null;
        }

        var trimmed = line.AsSpan().Trim().TrimEnd(".:!»>|").Trim();
        var digits = trimmed.IndexOfAnyExceptInRange('0', '9');
        foreach (var (phrase, isWholeLine, reason) in candidates)
        {
            var matches = !isWholeLine ? line.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                : phrase[0] == NumberMark ? digits > 0 && trimmed[digits..].Equals(phrase.AsSpan(1), StringComparison.OrdinalIgnoreCase)
                : trimmed.Equals(phrase, StringComparison.OrdinalIgnoreCase);
            if (matches)
            {
                return reason;
            }
        }

        return null;
    }

    /// <summary>Phrases by their first letter, lower-cased ("#" for a number), so a line is compared with a few at most.</summary>
    private static FrozenDictionary<char, (string Phrase, bool IsWholeLine, string Reason)[]> IndexPhrases(IReadOnlyList<BoilerplatePhrases> categories) =>
        categories
            .SelectMany(c => c.Lines.Select(l => (Phrase: l, IsWholeLine: true, c.Reason)).Concat(c.Prefixes.Select(p => (Phrase: p, IsWholeLine: false, c.Reason))))
            .GroupBy(p => p.Phrase[0] == NumberMark ? '0' : char.ToLowerInvariant(p.Phrase[0]))
            .SelectMany(g => g.Key == '0' ? "0123456789".Select(digit => (Key: digit, Phrases: g.ToArray())) : [(Key: g.Key, Phrases: g.ToArray())])
            .ToFrozenDictionary(g => g.Key, g => g.Phrases);

    private static bool HasWordOf(FrozenSet<string> words, ReadOnlySpan<char> text)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in new WordSpanEnumerator(text))
        {
            if (lookup.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<string> ToSet(IEnumerable<string> words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private sealed record BoilerplatePhrases(string Reason, IReadOnlyList<string> Prefixes, IReadOnlyList<string> Lines, bool HasButtons = false);

    private sealed record LayoutFile(
        IReadOnlyList<string> Months,
        IReadOnlyList<string> Weekdays,
        IReadOnlyList<string> TimestampWords,
        IReadOnlyList<BoilerplatePhrases> Boilerplate,
        IReadOnlyList<string> BylinePrefixes,
        IReadOnlyList<string> CommentThreadOpeners,
        IReadOnlyList<string> TurnLabels,
        IReadOnlyList<string> ContinuationWords,
        IReadOnlyList<string> CreditWords,
        IReadOnlyList<string> PictureCues,
        IReadOnlyList<string> PictureWords,
        IReadOnlyList<string> BioVerbs,
        IReadOnlyList<string> BioWords,
        IReadOnlyList<string> FiniteVerbs,
        IReadOnlyList<string> CaptionLinks);
}
