using System.Globalization;

namespace Diplomacy.Core.Tests.Specs;

/// <summary>One case of coding.spec: an article body, its publication date and the complete coding expected.</summary>
internal sealed record CodingSpecCase(
    string Title,
    int Line,
    DateOnly Published,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<ExpectedEvent> Events,
    IReadOnlyList<ExpectedPosition> Positions)
{
    private const string Arrow = "→";

    /// <summary>The article as a reader would see it: a headline, a date line, the paragraphs.</summary>
    public string ArticleText =>
        $"Spec case\n\n{Published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}\n\n{string.Join("\n\n", Paragraphs)}\n";

    public static List<CodingSpecCase> Parse(string path)
    {
        var cases = new List<CodingSpecCase>();
        Builder? current = null;
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                AddTo(cases, current);
                current = new Builder(line[3..].Trim(), lineNumber);
            }
            else if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            else if (current is null)
            {
                throw new FormatException($"{path}:{lineNumber}: text before the first case.");
            }
            else
            {
                current.Read(line, $"{path}:{lineNumber}");
            }
        }

        AddTo(cases, current);
        return cases;
    }

    private static void AddTo(List<CodingSpecCase> cases, Builder? builder)
    {
        if (builder is not null)
        {
            cases.Add(builder.Build());
        }
    }

    private static string[] Names(string list) =>
        list == "-" ? [] : [.. list.Split(" + ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private sealed class Builder(string title, int line)
    {
        private readonly List<string> _paragraphs = [];
        private readonly List<ExpectedEvent> _events = [];
        private readonly List<ExpectedPosition> _positions = [];
        private DateOnly? _published;

        public void Read(string text, string where)
        {
            if (text.StartsWith("> ", StringComparison.Ordinal))
            {
                _paragraphs.Add(text[2..]);
            }
            else if (text.StartsWith("published ", StringComparison.Ordinal))
            {
                _published = DateOnly.ParseExact(text["published ".Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            else if (text == "event none" || text == "position none")
            {
                return;
            }
            else if (text.StartsWith("event ", StringComparison.Ordinal))
            {
                _events.Add(ParseEvent(text["event ".Length..], where));
            }
            else if (text.StartsWith("position ", StringComparison.Ordinal))
            {
                _positions.Add(ParsePosition(text["position ".Length..], where));
            }
            else
            {
                throw new FormatException($"{where}: cannot read \"{text}\".");
            }
        }

        public CodingSpecCase Build() => new(
            title,
            line,
            _published ?? throw new FormatException($"Case \"{title}\" has no published line."),
            _paragraphs,
            _events,
            _positions);

        private static ExpectedEvent ParseEvent(string text, string where)
        {
            var arrow = text.IndexOf(Arrow, StringComparison.Ordinal);
            if (arrow < 0)
            {
                throw new FormatException($"{where}: an event needs \"sources {Arrow} targets type\".");
            }

            var sources = Names(text[..arrow].Trim());
            var words = text[(arrow + Arrow.Length)..].Trim().Split(' ');
            var typeIndex = Array.FindIndex(words, ExpectedEvent.IsType);
            if (typeIndex < 0)
            {
                throw new FormatException($"{where}: the event has no known type.");
            }

            var targets = Names(string.Join(' ', words[..typeIndex]));
            string? date = null, status = null;
            foreach (var word in words[(typeIndex + 1)..])
            {
                if (word is "planned" or "conditional")
                {
                    status = word;
                }
                else
                {
                    date = word;
                }
            }

            return new ExpectedEvent(sources, targets, words[typeIndex], date, status);
        }

        private static ExpectedPosition ParsePosition(string text, string where)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2)
            {
                throw new FormatException($"{where}: a position needs \"side topic\".");
            }

            int? polarity = null;
            var isAnalysis = false;
            foreach (var word in words[2..])
            {
                if (word == "analysis")
                {
                    isAnalysis = true;
                }
                else
                {
                    polarity = int.Parse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                }
            }

            return new ExpectedPosition(words[0], words[1], polarity, isAnalysis);
        }
    }
}
