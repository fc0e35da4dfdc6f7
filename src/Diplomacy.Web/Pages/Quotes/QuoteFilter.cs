using System.Globalization;
using Diplomacy.Core.Model;
using Diplomacy.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Extensions;

namespace Diplomacy.Web.Pages.Quotes;

public sealed record QuoteFilter(int? SpeakerId = null, Side? Side = null, Topic? Topic = null, string? Text = null, int Page = 1)
{
    public const int MaxPage = 10_000;

    public static QuoteFilter Parse(QuoteParameters parameters, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var found = new List<string>();
        int? speaker = null;
        if (!string.IsNullOrWhiteSpace(parameters.Speaker))
        {
            if (int.TryParse(parameters.Speaker, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                speaker = id;
            }
            else
            {
                found.Add($"“{parameters.Speaker}” is not a speaker's number.");
            }
        }

        Side? side = null;
        if (!string.IsNullOrWhiteSpace(parameters.Side))
        {
            if (Vocabulary.TryParse(parameters.Side, out Side parsed) && parsed != Core.Model.Side.Both)
            {
                side = parsed;
            }
            else
            {
                found.Add($"“{parameters.Side}” is not a side (us or russia).");
            }
        }

        Topic? topic = null;
        if (!string.IsNullOrWhiteSpace(parameters.Topic))
        {
            if (Vocabulary.TryParse(parameters.Topic, out Topic parsed))
            {
                topic = parsed;
            }
            else
            {
                found.Add($"“{parameters.Topic}” is not a topic.");
            }
        }

        var page = 1;
        if (!string.IsNullOrWhiteSpace(parameters.Page)
            && (!int.TryParse(parameters.Page, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page is < 1 or > MaxPage))
        {
            found.Add($"“{parameters.Page}” is not a page number.");
            page = 1;
        }

        var text = string.IsNullOrWhiteSpace(parameters.Q) ? null : parameters.Q.Trim();
        if (text is { Length: > 200 })
        {
            text = text[..200];
        }

        problems = found;
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
