using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Quotes;

/// <summary>
/// Finds the speaker of one quote from the words around it: a dash and a name after the closing mark
/// ("” – Secretary Kerry"), a verb of saying with its subject after the quote ("…,” Kerry told Putin",
/// "…,” said Jane Roe", "…,” he said") or before it ("Kerry said: “…"), and finally a verb of saying
/// anywhere in the quote's sentence ("Russia said Monday … “particular alarm”").
/// </summary>
public sealed class SpeakerAttributor
{
    private const int CueWindowCharacters = 160;
    private const int MaxTokensBeforeVerb = 10;

    /// <summary>How many sentences before a pronoun's own are searched for a subject it can stand for.</summary>
    private const int RecentSubjectSentences = 2;

    /// <summary>How many tokens an apposition between a name and its verb may hold ("the OPCW director-general").</summary>
    private const int MaxAppositionTokens = 12;

    /// <summary>How far around a quote its sentence is read for a verb of saying; bounds the work on run-on text.</summary>
    private const int SentenceWindowCharacters = 300;

    private readonly Dictionary<string, string[][]> _verbsByFirstWord;
    private readonly HashSet<string> _bridging;
    private readonly HashSet<string> _subjectNouns;
    private readonly HashSet<string> _clauseOpeners;
    private readonly HashSet<string> _clauseVerbs;
    private readonly HashSet<string> _subordinateOpeners;

    public SpeakerAttributor(SpeechLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _verbsByFirstWord = lexicon.Verbs.Select(WordTokenizer.Words)
            .GroupBy(words => words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        _bridging = new HashSet<string>(lexicon.BridgingWords, StringComparer.OrdinalIgnoreCase);
        _subjectNouns = new HashSet<string>(lexicon.SubjectNouns, StringComparer.OrdinalIgnoreCase);
        _clauseOpeners = new HashSet<string>(lexicon.ClauseOpeners, StringComparer.OrdinalIgnoreCase);
        _clauseVerbs = new HashSet<string>(lexicon.ClauseVerbs, StringComparer.OrdinalIgnoreCase);
        _subordinateOpeners = new HashSet<string>(lexicon.SubordinateOpeners, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The speaker named by an explicit cue next to or around the quote, or null.</summary>
    public SpeakerCue? FindCue(ArticleDocument document, MentionIndex mentions, QuotedSpan quote, TextSpan blockSpan, int? nextOpenMark)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(quote);
        var closeEnd = (quote.CloseMark ?? quote.Span.End - 1) + 1;
        var afterEnd = Math.Min(Math.Min(blockSpan.End, closeEnd + CueWindowCharacters), nextOpenMark ?? int.MaxValue);
        if (quote.CloseMark is { } close && afterEnd > closeEnd
            && FindAfter(document, mentions, new TextSpan(closeEnd, afterEnd), onlyDashed: EndsWithFullStop(document.Text, close)) is { } after)
        {
            return after;
        }

        if (quote.OpenMark is { } open && FindBefore(document, mentions, new TextSpan(Math.Max(blockSpan.Start, open - CueWindowCharacters), open)) is { } before)
        {
            return before;
        }

        return FindInSentence(document, mentions, quote);
    }

    /// <summary>
    /// “…government.” or “…government”. closes its sentence: only a dashed name ("” – Secretary Kerry") attributes it;
    /// a verb of saying after it belongs to another sentence (verb attributions follow a comma, a question or an
    /// exclamation mark).
    /// </summary>
    private static bool EndsWithFullStop(string text, int closeMark) =>
        (closeMark > 0 && text[closeMark - 1] == '.') || (closeMark + 1 < text.Length && text[closeMark + 1] == '.');

    /// <summary>The speaker a paragraph ending in a colon introduces for the quote set off below it.</summary>
    public SpeakerCue? FindLeadIn(ArticleDocument document, MentionIndex mentions, TextSpan leadIn)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        return FindBefore(document, mentions, new TextSpan(Math.Max(leadIn.Start, leadIn.End - CueWindowCharacters), leadIn.End));
    }

    /// <summary>Who a reported-speech sentence without quote marks names as speaker ("Stent said", "according to Kerry").</summary>
    public string? ReportedSpeaker(ArticleDocument document, MentionIndex mentions, TextSpan sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        var tokens = WordTokenizer.Tokenize(document.Text, sentence);
        for (var v = 0; v < tokens.Count; v++)
        {
            var verbLength = VerbLengthAt(document.Text, tokens, v);
            if (verbLength == 0)
            {
                continue;
            }

            var speaker = SubjectBefore(document, mentions, tokens, v, sentence.Start) ?? MentionAfter(document.Text, mentions, tokens, v + verbLength, sentence.End);
            if (speaker is { } found && mentions.IsPerson(found))
            {
                return found.ActorName;
            }
        }

        return null;
    }

    private SpeakerCue? FindAfter(ArticleDocument document, MentionIndex mentions, TextSpan window, bool onlyDashed)
    {
        var text = document.Text;
        var tokens = WordTokenizer.Tokenize(text, window);
        var i = 0;
        while (i < tokens.Count && !tokens[i].IsWord)
        {
            if (text[tokens[i].Start] is '–' or '—' or '-' or '―')
            {
                // "” – Secretary Kerry": a dash then a name is the attribution.
                var dashed = mentions.Within(new TextSpan(tokens[i].End, Math.Min(window.End, tokens[i].End + 60))).FirstOrDefault();
                if (dashed is not null && IsBlank(text, tokens[i].End, dashed.Span.Start))
                {
                    return new SpeakerCue(dashed.ActorName, Attribution.Explicit, new TextSpan(tokens[i].Start, dashed.Span.End));
                }
            }

            i++;
        }

        if (onlyDashed || (i < tokens.Count && _clauseOpeners.Contains(text.Substring(tokens[i].Start, tokens[i].Length))))
        {
            return null;
        }

        if (i < tokens.Count && SubjectWithApposition(document, mentions, tokens, i) is { } introduced)
        {
            return introduced;
        }

        var limit = Math.Min(tokens.Count, i + MaxTokensBeforeVerb);
        for (var v = i; v < limit; v++)
        {
            if (!tokens[v].IsWord && text[tokens[v].Start] is '.' or '!' or '?' or '“' or '"' && v > i && tokens[v - 1].Length > 2)
            {
                break;
            }

            var verbLength = VerbLengthAt(text, tokens, v);
            if (verbLength == 0)
            {
                continue;
            }

            var verbEnd = tokens[v + verbLength - 1].End;
            if (SubjectBefore(document, mentions, tokens, v, window.Start) is { } subject)
            {
                return new SpeakerCue(subject.ActorName, Attribution.Explicit, new TextSpan(tokens[i].Start, verbEnd));
            }

            if (PronounBefore(text, tokens, v, i) is { } pronoun && Antecedent(text, mentions, window.Start, pronoun) is { } antecedent)
            {
                return new SpeakerCue(antecedent.ActorName, Attribution.Pronoun, new TextSpan(tokens[i].Start, verbEnd));
            }

            if (DescriptionBefore(document, mentions, tokens, v, i, window.Start) is { } described)
            {
                return new SpeakerCue(described, Attribution.Explicit, new TextSpan(tokens[i].Start, verbEnd));
            }

            if (MentionAfter(document.Text, mentions, tokens, v + verbLength, window.End) is { } named)
            {
                return new SpeakerCue(named.ActorName, Attribution.Explicit, new TextSpan(tokens[i].Start, named.Span.End));
            }

            return null;
        }

        return null;
    }

    /// <summary>"…,” Jane Roe, a senior fellow at …, told reporters": a person right after the quote whose verb comes after an apposition.</summary>
    private SpeakerCue? SubjectWithApposition(ArticleDocument document, MentionIndex mentions, List<Token> tokens, int first)
    {
        var person = mentions.Within(new TextSpan(tokens[first].Start, tokens[^1].End)).FirstOrDefault();
        if (person is null || person.Span.Start != tokens[first].Start || !mentions.IsPerson(person))
        {
            return null;
        }

        var afterName = first;
        while (afterName < tokens.Count && tokens[afterName].End <= person.Span.End)
        {
            afterName++;
        }

        if (afterName >= tokens.Count || document.Text[tokens[afterName].Start] != ',')
        {
            return null;
        }

        for (var v = afterName; v < tokens.Count; v++)
        {
            if (!tokens[v].IsWord && document.Text[tokens[v].Start] is '“' or '"' or '”')
            {
                return null;
            }

            if (VerbLengthAt(document.Text, tokens, v) is > 0 and var length)
            {
                return new SpeakerCue(person.ActorName, Attribution.Explicit, new TextSpan(person.Span.Start, tokens[v + length - 1].End));
            }
        }

        return null;
    }

    private SpeakerCue? FindBefore(ArticleDocument document, MentionIndex mentions, TextSpan window)
    {
        var text = document.Text;
        var tokens = WordTokenizer.Tokenize(text, window);
        if (tokens.Count == 0)
        {
            return null;
        }

        // Only a cue that leads into the quote counts: "X said:", "X told Y,", "X said that".
        var last = tokens[^1];
        var leadsIn = !last.IsWord ? text[last.Start] is ':' or ',' : text.AsSpan(last.Start, last.Length) is "that" || VerbEndingAt(text, tokens, tokens.Count - 1);
        if (!leadsIn)
        {
            return null;
        }

        for (var v = tokens.Count - 1; v >= Math.Max(0, tokens.Count - 8); v--)
        {
            var verbLength = VerbLengthAt(text, tokens, v);
            if (verbLength == 0)
            {
                continue;
            }

            var subject = SubjectBefore(document, mentions, tokens, v, window.Start)
                ?? MentionAfter(text, mentions, tokens, v + verbLength, window.End);
            if (subject is not null)
            {
                return new SpeakerCue(subject.ActorName, Attribution.Explicit, new TextSpan(Math.Min(subject.Span.Start, tokens[v].Start), window.End));
            }

            if (PronounBefore(text, tokens, v, 0) is { } leadPronoun && Antecedent(text, mentions, tokens[v].Start - 3, leadPronoun) is { } antecedent)
            {
                return new SpeakerCue(antecedent.ActorName, Attribution.Pronoun, new TextSpan(tokens[v].Start, window.End));
            }
        }

        return text[last.Start] == ':' ? SubjectOfColonClause(mentions, window) : null;
    }

    /// <summary>"Kerry opened with a blunt line: “…”": without a verb of saying, the person who opens the sentence leading into the colon.</summary>
    private static SpeakerCue? SubjectOfColonClause(MentionIndex mentions, TextSpan window) =>
        mentions.SentenceAt(window.End - 1) is { } sentence && sentence.Span.Start >= window.Start && PersonOpening(mentions, sentence) is { } subject
            ? new SpeakerCue(subject.ActorName, Attribution.Explicit, new TextSpan(subject.Span.Start, window.End))
            : null;

    /// <summary>The person whose name opens a sentence: in news prose, its subject.</summary>
    private static ActorMention? PersonOpening(MentionIndex mentions, Sentence sentence) =>
        mentions.Within(sentence.Span).FirstOrDefault() is { } first && first.Span.Start == sentence.Span.Start && mentions.IsPerson(first) ? first : null;

    private SpeakerCue? FindInSentence(ArticleDocument document, MentionIndex mentions, QuotedSpan quote)
    {
        if (mentions.SentenceAt(quote.OpenMark ?? quote.Span.Start) is not { } sentence)
        {
            return null;
        }

        var text = document.Text;
        var window = new TextSpan(
            Math.Max(sentence.Span.Start, (quote.OpenMark ?? quote.Span.Start) - SentenceWindowCharacters),
            Math.Min(sentence.Span.End, (quote.CloseMark ?? quote.Span.End) + SentenceWindowCharacters));
        var tokens = WordTokenizer.Tokenize(text, window);
        ActorMention? opening = null;
        var openingVerbEnd = 0;
        for (var v = 0; v < tokens.Count; v++)
        {
            if (quote.Span.Contains(tokens[v].Start))
            {
                continue;
            }

            var verbLength = VerbLengthAt(text, tokens, v);
            if (verbLength > 0 && SubjectBefore(document, mentions, tokens, v, window.Start) is { } subject && !quote.Span.Contains(subject.Span.Start))
            {
                return new SpeakerCue(subject.ActorName, Attribution.Explicit, new TextSpan(subject.Span.Start, tokens[v + verbLength - 1].End));
            }

            // "According to Kremlin spokesman Dmitry Peskov, Putin regards the strikes “as aggression …”": the source follows the cue.
            if (verbLength > 0 && text.AsSpan(tokens[v].Start, tokens[v].Length).Equals("according", StringComparison.OrdinalIgnoreCase)
                && MentionAfter(text, mentions, tokens, v + verbLength, window.End) is { } source && mentions.IsPerson(source) && !quote.Span.Contains(source.Span.Start))
            {
                return new SpeakerCue(source.ActorName, Attribution.Explicit, new TextSpan(tokens[v].Start, source.Span.End));
            }

            if (verbLength > 0 && opening is null)
            {
                // "Kerry called it “…” and said …": a verb whose subject is not beside it speaks for the person who opens the sentence.
                opening = PersonOpening(mentions, sentence) is { } first && !quote.Span.Contains(first.Span.Start) ? first : null;
                openingVerbEnd = tokens[v + verbLength - 1].End;
            }
        }

        return opening is null ? null : new SpeakerCue(opening.ActorName, Attribution.Explicit, new TextSpan(opening.Span.Start, openingVerbEnd));
    }

    /// <summary>
    /// The mention that ends right before the verb, allowing adverbs and auxiliaries between ("Kerry also said") and the
    /// comma that closes an apposition ("Walid Muallem, the Syrian foreign minister, said").
    /// </summary>
    private ActorMention? SubjectBefore(ArticleDocument document, MentionIndex mentions, List<Token> tokens, int verb, int floor)
    {
        var j = verb - 1;
        while (j >= 0 && tokens[j].IsWord && _bridging.Contains(document.Text.Substring(tokens[j].Start, tokens[j].Length)))
        {
            j--;
        }

        if (j > 0 && !tokens[j].IsWord && document.Text[tokens[j].Start] == ',')
        {
            j--;
            if (ApposedMention(document.Text, mentions, tokens, j, floor) is { } apposed)
            {
                return apposed;
            }
        }

        if (j < 0)
        {
            return null;
        }

        var end = tokens[j].End;
        var mention = mentions.LastBefore(end + 1, m => m.Span.End == end);
        return mention is not null && mention.Span.Start >= floor ? mention : null;
    }

    /// <summary>
    /// The actor named right after a verb ("said Jane Roe"); a person wins over a country or body that only
    /// qualifies them ("said U.S. Ambassador Jane Roe").
    /// </summary>
    private ActorMention? MentionAfter(string text, MentionIndex mentions, List<Token> tokens, int index, int limit)
    {
        if (index >= tokens.Count)
        {
            return null;
        }

        var reach = tokens[Math.Min(tokens.Count - 1, index + 5)].End;
        var named = mentions.Within(new TextSpan(tokens[index].Start, limit)).TakeWhile(m => m.Span.Start < reach).ToList();
        var speaker = named.Find(mentions.IsPerson) ?? named.FirstOrDefault();
        return speaker is not null && !OpensReportedClause(text, tokens, speaker) ? speaker : null;
    }

    /// <summary>
    /// "Ahmet Uzumcu, the OPCW director-general, insisted": where the apposition before the verb names no one, the
    /// person right before its opening comma.
    /// </summary>
    private static ActorMention? ApposedMention(string text, MentionIndex mentions, List<Token> tokens, int appositionEnd, int floor)
    {
        if (mentions.LastBefore(tokens[appositionEnd].End + 1, m => m.Span.End == tokens[appositionEnd].End) is not null)
        {
            return null;
        }

        for (var k = appositionEnd - 1; k > 0 && k >= appositionEnd - MaxAppositionTokens; k--)
        {
            if (!tokens[k].IsWord && text[tokens[k].Start] == ',')
            {
                var end = tokens[k - 1].End;
                var person = mentions.LastBefore(end + 1, m => m.Span.End == end);
                return person is not null && person.Span.Start >= floor && mentions.IsPerson(person) ? person : null;
            }
        }

        return null;
    }

    /// <summary>"said Russia was …": the name is followed by its own verb, so it is what was said about, not who said it.</summary>
    private bool OpensReportedClause(string text, List<Token> tokens, ActorMention mention)
    {
        var next = tokens.FindIndex(t => t.Start >= mention.Span.End);
        return next >= 0 && tokens[next].IsWord && _clauseVerbs.Contains(text.Substring(tokens[next].Start, tokens[next].Length));
    }

    /// <summary>
    /// The person a "he" or "she" at <paramref name="position"/> stands for, of a gender that does not contradict it: the
    /// subject of its own sentence or of one of the two before (a subject is likelier than a name in passing: "Lavrov
    /// said … - a reference to Assad - … “…,” he said"); failing that, the last one named, leaving out those in a leading
    /// clause of the pronoun's own sentence ("Asked whether Assad could …, he said").
    /// </summary>
    private ActorMention? Antecedent(string text, MentionIndex mentions, int position, Gender pronoun)
    {
        var contradicting = pronoun == Gender.Female ? Gender.Male : Gender.Female;
        bool Agrees(ActorMention m) => mentions.IsPerson(m) && mentions.ActorOf(m)?.Gender != contradicting;
        foreach (var sentence in mentions.SentencesBackFrom(position, RecentSubjectSentences))
        {
            if (PersonOpening(mentions, sentence) is { } subject && subject.Span.End <= position)
            {
                if (Agrees(subject))
                {
                    return subject;
                }

                break;
            }
        }

        var clause = LeadingClause(text, mentions.SentenceAt(position), position);
        return mentions.LastBefore(position, m => Agrees(m) && !clause.Contains(m.Span));
    }

    private TextSpan LeadingClause(string text, Sentence? sentence, int position)
    {
        if (sentence is null)
        {
            return default;
        }

        var start = sentence.Span.Start;
        var wordEnd = start;
        while (wordEnd < position && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        var comma = text.IndexOf(',', start, position - start);
        return wordEnd > start && comma > 0 && _subordinateOpeners.Contains(text[start..wordEnd]) ? new TextSpan(start, comma) : default;
    }

    /// <summary>The gender of the "he" or "she" that is the verb's subject, or null where the subject is no such pronoun.</summary>
    private Gender? PronounBefore(string text, List<Token> tokens, int verb, int floor)
    {
        var j = verb - 1;
        while (j >= floor && tokens[j].IsWord && _bridging.Contains(text.Substring(tokens[j].Start, tokens[j].Length)))
        {
            j--;
        }

        return j < floor || !tokens[j].IsWord ? null
            : text.AsSpan(tokens[j].Start, tokens[j].Length) switch
            {
                "he" or "He" => Gender.Male,
                "she" or "She" => Gender.Female,
                _ => null,
            };
    }

    /// <summary>"the foreign ministry said": the last-named organisation whose name holds the noun, or the last person whose role does.</summary>
    private string? DescriptionBefore(ArticleDocument document, MentionIndex mentions, List<Token> tokens, int verb, int floor, int position)
    {
        var j = verb - 1;
        while (j >= floor && tokens[j].IsWord && _bridging.Contains(document.Text.Substring(tokens[j].Start, tokens[j].Length)))
        {
            j--;
        }

        if (j < floor || !tokens[j].IsWord)
        {
            return null;
        }

        var noun = document.Text.Substring(tokens[j].Start, tokens[j].Length);
        if (!_subjectNouns.Contains(noun))
        {
            return null;
        }

        var match = mentions.LastBefore(position, m => mentions.ActorOf(m) is { } actor &&
            (actor.Type != ActorType.Person && actor.Name.Contains(noun, StringComparison.OrdinalIgnoreCase)
             || actor.Type == ActorType.Person && actor.Role?.Contains(noun, StringComparison.OrdinalIgnoreCase) == true));
        return match?.ActorName;
    }

    private static bool IsBlank(string text, int from, int to) => to - from <= 3 && text.AsSpan(from, to - from).IsWhiteSpace();

    private int VerbLengthAt(string text, List<Token> tokens, int index)
    {
        var first = tokens[index];
        if (!first.IsWord || !_verbsByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(first.Start, first.Length), out var verbs))
        {
            return 0;
        }

        foreach (var verb in verbs)
        {
            if (index + verb.Length > tokens.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < verb.Length && matches; k++)
            {
                matches = text.AsSpan(tokens[index + k].Start, tokens[index + k].Length).Equals(verb[k], StringComparison.OrdinalIgnoreCase);
            }

            if (matches)
            {
                return verb.Length;
            }
        }

        return 0;
    }

    private bool VerbEndingAt(string text, List<Token> tokens, int index)
    {
        for (var start = Math.Max(0, index - 3); start <= index; start++)
        {
            if (start + VerbLengthAt(text, tokens, start) - 1 == index)
            {
                return true;
            }
        }

        return false;
    }
}
