using System.Globalization;
using Diplomacy.Core.Model;
using Diplomacy.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Extensions;

namespace Diplomacy.Web.Pages.Timeline;

/// <summary>The timeline's filters, read and checked; <see cref="ToQueryString"/> writes them back as a permalink.</summary>
public sealed record TimelineFilter(
    PartialDate? From = null,
    PartialDate? To = null,
    Topic? Topic = null,
    Side? Side = null,
    int? ActorId = null,
    EventType? EventType = null,
    string? Text = null,
    TimelineCursor? After = null)
{
    public const int MaxTextLength = 200;

    public static TimelineFilter None { get; } = new();

    public DateOnly? FirstDay => From?.Earliest;

    public DateOnly? LastDay => To?.Latest;

    /// <summary>
    /// Only events have a type, so a type filter leaves every position out. A topic filter keeps both kinds: an event
    /// has no topic of its own and is on the topics of the positions coded from its sentences (see
    /// <see cref="TimelineQueries.FilterEvents"/>).
    /// </summary>
    public bool IncludesPositions => EventType is null;

    public bool IsEmpty => this with { After = null } == None;

    /// <summary>The words of the text query (letters and digits only, so they are never read as syntax).</summary>
    public IReadOnlyList<string> Words => Text is null
        ? []
        : [.. Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => string.Concat(word.Where(char.IsLetterOrDigit)))
            .Where(word => word.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(8)];

    /// <summary>Reads the parameters; each one that cannot be read is left out and described in <paramref name="problems"/>.</summary>
    public static TimelineFilter Parse(TimelineParameters parameters, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var reader = new ParameterReader();
        var from = reader.Optional<PartialDate>(parameters.From, DateText.TryParse, given => $"“{given}” is not a date (use YYYY, YYYY-MM or YYYY-MM-DD).");
        var to = reader.Optional<PartialDate>(parameters.To, DateText.TryParse, given => $"“{given}” is not a date (use YYYY, YYYY-MM or YYYY-MM-DD).");
        var topic = reader.Optional<Topic>(parameters.Topic, Vocabulary.TryParse, given => $"“{given}” is not a topic.");
        var side = reader.Optional<Side>(parameters.Side, Vocabulary.TryParse, given => $"“{given}” is not a side (us, russia or both).");
        var type = reader.Optional<EventType>(parameters.Type, Vocabulary.TryParse, given => $"“{given}” is not an event type.");
        var actor = reader.Optional<int>(parameters.Actor, ParameterReader.TryParseNumber, given => $"“{given}” is not an actor's number.");
        var after = reader.Optional<TimelineCursor>(parameters.After, TimelineCursor.TryParse, _ => "The page address is damaged; showing the first page.");
        var text = string.IsNullOrWhiteSpace(parameters.Q) ? null : parameters.Q.Trim();
        if (text is { Length: > MaxTextLength })
        {
            text = text[..MaxTextLength];
            reader.Report($"The search text was cut to {MaxTextLength} characters.");
        }

        problems = reader.Problems;
        return new TimelineFilter(from, to, topic, side, actor, type, text, after);
    }

    /// <summary>The filters as a query string (starting with "?", or empty), in a fixed order.</summary>
    public string ToQueryString()
    {
        var query = new QueryBuilder();
        if (From is { } from)
        {
            query.Add("from", from.ToIso());
        }

        if (To is { } to)
        {
            query.Add("to", to.ToIso());
        }

        if (Topic is { } topic)
        {
            query.Add("topic", Vocabulary.Slug(topic));
        }

        if (Side is { } side)
        {
            query.Add("side", Vocabulary.Slug(side));
        }

        if (ActorId is { } actor)
        {
            query.Add("actor", actor.ToString(CultureInfo.InvariantCulture));
        }

        if (EventType is { } type)
        {
            query.Add("type", Vocabulary.Slug(type));
        }

        if (Text is { } text)
        {
            query.Add("q", text);
        }

        if (After is { } after)
        {
            query.Add("after", after.ToString());
        }

        return query.ToQueryString().Value ?? "";
    }
}
