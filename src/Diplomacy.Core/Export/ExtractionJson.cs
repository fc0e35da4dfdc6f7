using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Diplomacy.Core.Model;

namespace Diplomacy.Core.Export;

/// <summary>Writes documents in the exchange format of <c>extract --json</c> (see docs/extraction.md).</summary>
public static class ExtractionJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(IEnumerable<ArticleDocument> documents) =>
        JsonSerializer.Serialize(documents.Select(ToRecord).ToList(), Options);

    public static ArticleRecord ToRecord(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var paragraphStarts = ParagraphStarts(document.Source);
        return new ArticleRecord(
            Path.GetFileName(document.FileName),
            document.Title is { } title ? Fold(document[title]) : null,
            document.Published is { } published
                ? new PublishedRecord(
                    published.Date.ToIso(),
                    published.Precision.ToString().ToLowerInvariant(),
                    published.Confidence,
                    [.. published.Evidence.Select(e => $"\"{e.Phrase}\" — {e.Explanation}")])
                : null,
            [.. document.Actors.Values.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => new ActorRecord(
                a.Name, TypeName(a.Type), a.Country, a.Role, [.. a.Aliases], a.IsKnown, a.IsAnalyst))],
            [.. document.Quotes.Select(q =>
            {
                var source = document.ToSource(q.Span);
                return new QuoteRecord(
                    q.Text,
                    q.Speaker,
                    q.Speaker is { } s && document.Actors.TryGetValue(s, out var speaker) ? speaker.Country : null,
                    q.Cue,
                    q.Attribution.ToString().ToLowerInvariant(),
                    ParagraphOf(paragraphStarts, source.Start),
                    source.Start,
                    source.End);
            })],
            [.. document.Events.Select(e => new EventRecord(
                e.Date?.ToIso(),
                e.Date?.Precision.ToString().ToLowerInvariant(),
                TypeName(e.Type),
                e.CameoCode,
                e.Goldstein,
                e.Status.ToString().ToLowerInvariant(),
                e.Summary,
                [.. e.Participants],
                [.. e.Sources],
                [.. e.Targets],
                e.Location,
                Fold(document[e.Evidence]),
                document.ToSource(e.Evidence).Start,
                document.ToSource(e.Evidence).End))],
            [.. document.Positions.Select(p => new PositionRecord(
                SideName(p.Side),
                JsonSerializer.Serialize(p.Topic, Options).Trim('"'),
                p.Stance,
                p.Polarity,
                p.Holder,
                p.Date?.ToIso(),
                p.IsAnalysis,
                Fold(document[p.Evidence]),
                document.ToSource(p.Evidence).Start,
                document.ToSource(p.Evidence).End))],
            [.. document.Flags.Select(f => f.Message)]);
    }

    public static string SideName(Side side) => side == Side.Both ? "both" : side.ToString();

    private static string TypeName<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>Folds hard wraps and runs of white space into single spaces.</summary>
    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Offsets where blank-line separated blocks of the text as read begin.</summary>
    private static List<int> ParagraphStarts(string source)
    {
        var starts = new List<int> { 0 };
        for (var i = source.IndexOf("\n\n", StringComparison.Ordinal); i >= 0; i = source.IndexOf("\n\n", i + 2, StringComparison.Ordinal))
        {
            var next = i + 2;
            while (next < source.Length && source[next] == '\n')
            {
                next++;
            }

            starts.Add(next);
            i = next - 2;
        }

        return starts;
    }

    private static int ParagraphOf(List<int> starts, int offset)
    {
        var index = starts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
