using System.Text;
using Diplomacy.Data.Import;

namespace Diplomacy.Benchmarks;

/// <summary>
/// Articles written from templates for the store benchmark: a title, a dateline, quotes, meetings and vetoes with
/// varied actors, places and dates, about the length of a seed article. Each one differs, so each hash differs.
/// </summary>
public static class GeneratedArticles
{
    private static readonly (string Name, string Title, string Country)[] People =
    [
        ("John Kerry", "Secretary of State", "US"),
        ("Sergey Lavrov", "Foreign Minister", "Russia"),
        ("Hillary Clinton", "Secretary of State", "US"),
        ("Vladimir Putin", "President", "Russia"),
        ("Barack Obama", "President", "US"),
        ("Samantha Power", "Ambassador", "US"),
        ("Vitaly Churkin", "Ambassador", "Russia"),
        ("Staffan de Mistura", "Envoy", "UN"),
    ];

    private static readonly string[] Places = ["Geneva", "Moscow", "Paris", "Vienna", "New York", "Munich", "Sochi", "Lausanne"];

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Topics =
    [
        "a ceasefire across Syria", "humanitarian access to besieged towns", "the removal of chemical weapons",
        "a political transition in Damascus", "the fight against the Islamic State", "a new Security Council resolution",
    ];

    private static readonly string[] Stances =
    [
        "There can be no military solution to this conflict", "The future of Syria must be decided by Syrians themselves",
        "Assad has lost all legitimacy and must step aside", "We will not support any resolution that opens the door to intervention",
        "Humanitarian aid must reach every besieged community", "The chemical weapons must be under international control",
    ];

    public static IReadOnlyList<ArticleFile> Create(int count, int seed = 2012)
    {
        var random = new Random(seed);
        var articles = new List<ArticleFile>(count);
        for (var i = 0; i < count; i++)
        {
            articles.Add(ArticleFile.FromBytes($"generated-{i:D5}.txt", Encoding.UTF8.GetBytes(Write(i, random))));
        }

        return articles;
    }

    private static string Write(int number, Random random)
    {
        var us = Pick(random, People.Where(p => p.Country == "US"));
        var russia = Pick(random, People.Where(p => p.Country == "Russia"));
        var place = Pick(random, Places);
        var year = random.Next(2012, 2017);
        var month = random.Next(12);
        var day = random.Next(1, 29);
        var topic = Pick(random, Topics);
        var text = new StringBuilder();
        text.Append(Surname(us.Name)).Append(" and ").Append(Surname(russia.Name)).Append(" discuss ").Append(topic).Append(" in ").Append(place).Append("\n\n");
        text.Append(place.ToUpperInvariant()).Append(", ").Append(Months[month]).Append(' ').Append(day).Append(", ").Append(year).Append(" (Wire) - ");
        text.Append(us.Title).Append(' ').Append(us.Name).Append(" met ").Append(russia.Title).Append(' ').Append(russia.Name)
            .Append(" in ").Append(place).Append(" on ").Append(Months[month]).Append(' ').Append(day).Append(" to discuss ").Append(topic).Append(".\n\n");
        for (var paragraph = 0; paragraph < 6; paragraph++)
        {
            var speaker = random.Next(2) == 0 ? us : russia;
            text.Append('"').Append(Pick(random, Stances)).Append(", and we said so again today,\" ").Append(Surname(speaker.Name)).Append(" told reporters after the talks.\n\n");
            text.Append("Officials said the two sides had spent ").Append(random.Next(2, 9)).Append(" hours on ").Append(Pick(random, Topics))
                .Append(", and that experts would meet again in ").Append(Pick(random, Places)).Append(" next ").Append(Months[random.Next(12)]).Append(".\n\n");
        }

        text.Append("In ").Append(Months[random.Next(12)]).Append(' ').Append(year - 1).Append(", Russia and China vetoed a draft resolution on Syria at the United Nations Security Council.\n\n");
        text.Append("This is report number ").Append(number).Append(" in the series.\n");
        return text.ToString();
    }

    private static string Surname(string name) => name[(name.LastIndexOf(' ') + 1)..];

    private static T Pick<T>(Random random, IEnumerable<T> items)
    {
        var list = items as IReadOnlyList<T> ?? [.. items];
        return list[random.Next(list.Count)];
    }
}
