using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>
/// Flags explicit dates that contradict the knowledge file: a sentence alludes to known happenings (its cues match)
/// but gives a date none of them falls in, e.g. "In October 2012, Russia and China vetoed…" where the only matching
/// veto is 2011-10-04. A wrong year usually keeps the month, so the happening in the same month is named first.
/// </summary>
internal static class DateContradictionFinder
{
    /// <summary>Farther apart than this, the date more likely belongs to something else in the sentence.</summary>
    private const int MaxYearsApart = 3;

    public static IEnumerable<ConsistencyFlag> Find(string text, IReadOnlyList<SentenceReading> sentences)
    {
        foreach (var sentence in sentences.Where(s => s.Allusions.Count > 0))
        {
            foreach (var phrase in sentence.Phrases)
            {
                if (phrase.Explicit is not { Month: not null } date || sentence.LooksAhead(phrase)
                    || sentence.Allusions.Any(h => date.Earliest <= (h.End ?? h.Date) && h.Date <= date.Latest))
                {
                    continue;
                }

                var nearest = sentence.Allusions
                    .OrderBy(h => h.Date.Month == date.Month ? 0 : 1)
                    .ThenBy(h => Math.Abs(h.Date.DayNumber - date.Earliest.DayNumber))
                    .First();
                if (Math.Abs(nearest.Date.Year - date.Year) > MaxYearsApart)
                {
                    continue;
                }

                yield return new ConsistencyFlag(phrase.Span, Message(text, sentence, date, nearest));
                break;
            }
        }
    }

    private static string Message(string text, SentenceReading sentence, PartialDate date, HappeningEntry happening) =>
        $"text dates \"{DateConstraintCollector.Excerpt(text, sentence.Span, 80)}\" to {date.ToIso()}; knowledge file: {DateConstraintCollector.Describe(happening)}";
}
