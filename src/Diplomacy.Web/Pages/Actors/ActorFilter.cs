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
        var reader = new ParameterReader();
        var side = reader.Optional<Side>(parameters.Side, Vocabulary.TryParseCountry, given => $"“{given}” is not a side (us or russia).");
        var kind = reader.Optional(
            parameters.Kind,
            (string given, out ActorType parsed) => Enum.TryParse(given, ignoreCase: true, out parsed) && Enum.IsDefined(parsed),
            given => $"“{given}” is not a kind of actor.");
        var page = reader.Page(parameters.Page);
        var text = string.IsNullOrWhiteSpace(parameters.Q) ? null : parameters.Q.Trim();
        problems = reader.Problems;
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
