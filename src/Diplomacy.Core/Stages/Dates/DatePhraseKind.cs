namespace Diplomacy.Core.Stages.Dates;

internal enum DatePhraseKind
{
    /// <summary>A calendar date or part of one: "7 May 2013", "May 3", "in October", "2012", "in May this year".</summary>
    Calendar,

    /// <summary>A day of the week: "on Tuesday", "said Monday", "last Friday".</summary>
    Weekday,

    /// <summary>A phrase relative to the time of writing: "today", "last week", "earlier this year", "two years ago".</summary>
    Relative,

    /// <summary>A season: "last summer", "summer 2012".</summary>
    Season,
}
