namespace Diplomacy.Core.Stages.Dates;

/// <summary>A phrase relative to the time of writing, as listed in temporal.json ("last week": week, −1).</summary>
internal sealed record RelativePhraseEntry(string Phrase, TimeUnit Unit, int Offset, TimeDirection Direction = TimeDirection.None);
