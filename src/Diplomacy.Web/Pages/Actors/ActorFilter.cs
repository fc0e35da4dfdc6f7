using System.Globalization;
using Diplomacy.Core.Model;
using Diplomacy.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Extensions;

namespace Diplomacy.Web.Pages.Actors;

public sealed record ActorFilter(string? Text = null, Side? Side = null, ActorType? Kind = null, int Page = 1)
{
    public static ActorFilter Parse(ActorParameters parameters, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var found = new List<string>();
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

        ActorType? kind = null;
        if (!string.IsNullOrWhiteSpace(parameters.Kind))
        {
            if (Enum.TryParse<ActorType>(parameters.Kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                kind = parsed;
            }
            else
            {
                found.Add($"“{parameters.Kind}” is not a kind of actor.");
            }
        }

        var page = 1;
        if (!string.IsNullOrWhiteSpace(parameters.Page)
            && (!int.TryParse(parameters.Page, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page is < 1 or > 10_000))
        {
            found.Add($"“{parameters.Page}” is not a page number.");
            page = 1;
        }

        var text = string.IsNullOrWhiteSpace(parameters.Q) ? null : parameters.Q.Trim();
        problems = found;
        return new ActorFilter(text is { Length: > 100 } ? text[..100] : text, side, kind, page);
    }

    public string ToQueryString()
    {
        var query = new QueryBuilder();
        if (Text is { } text)
        {
            query.Add("q", text);
        }

        if (Side is { } side)
        {
            query.Add("side", Vocabulary.Slug(side));
        }

        if (Kind is { } kind)
        {
            query.Add("kind", kind.ToString().ToLowerInvariant());
        }

        if (Page > 1)
        {
            query.Add("page", Page.ToString(CultureInfo.InvariantCulture));
        }

        return query.ToQueryString().Value ?? "";
    }
}
