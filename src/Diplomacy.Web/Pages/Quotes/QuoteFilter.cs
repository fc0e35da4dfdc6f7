using System.Globalization;
using Diplomacy.Core.Model;
using Diplomacy.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Extensions;

namespace Diplomacy.Web.Pages.Quotes;

public sealed record QuoteFilter(int? SpeakerId = null, Side? Side = null, Topic? Topic = null, string? Text = null, int Page = 1)
{
    public static QuoteFilter Parse(QuoteParameters parameters, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var reader = new ParameterReader();
        var speaker = reader.Optional<int>(parameters.Speaker, ParameterReader.TryParseNumber, given => $"“{given}” is not a speaker's number.");
        var side = reader.Optional<Side>(parameters.Side, Vocabulary.TryParseCountry, given => $"“{given}” is not a side (us or russia).");
        var topic = reader.Optional<Topic>(parameters.Topic, Vocabulary.TryParse, given => $"“{given}” is not a topic.");
        var page = reader.Page(parameters.Page);
        var text = string.IsNullOrWhiteSpace(parameters.Q) ? null : parameters.Q.Trim();
        if (text is { Length: > 200 })
        {
            text = text[..200];
        }

        problems = reader.Problems;
        return new QuoteFilter(speaker, side, topic, text, page);
    }

    public string ToQueryString()
    {
        var query = new QueryBuilder();
        if (SpeakerId is { } speaker)
        {
            query.Add("speaker", speaker.ToString(CultureInfo.InvariantCulture));
        }

        if (Side is { } side)
        {
            query.Add("side", Vocabulary.Slug(side));
        }

        if (Topic is { } topic)
        {
            query.Add("topic", Vocabulary.Slug(topic));
        }

        if (Text is { } text)
        {
            query.Add("q", text);
        }

        if (Page > 1)
        {
            query.Add("page", Page.ToString(CultureInfo.InvariantCulture));
        }

        return query.ToQueryString().Value ?? "";
    }
}
