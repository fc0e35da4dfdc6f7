using Diplomacy.Web.Infrastructure;

namespace Diplomacy.Web.Pages.Timeline;

public sealed record EntryModel(TimelineEntry Entry, TopicAxes Axes);
