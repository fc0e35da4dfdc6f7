using System.Security.Cryptography;
using System.Text;
using Diplomacy.Core.Model;
using Diplomacy.Data;
using Diplomacy.Data.Entities;
using DiplomaticEvent = Diplomacy.Data.Entities.DiplomaticEvent;
using ArticleActor = Diplomacy.Data.Entities.ArticleActor;
using Position = Diplomacy.Data.Entities.Position;
using Quote = Diplomacy.Data.Entities.Quote;

namespace Diplomacy.Web.Tests.Support;

/// <summary>
/// A small store written row by row, so every test knows exactly what the pages must show: a chemical-weapons
/// agreement (both lanes), a veto whose sources disagree on the date (Russia's lane), sanctions (the US lane),
/// converging and diverging positions in 2013 Q3, a quote, a hostile article, and 120 aid convoys for paging.
/// </summary>
public sealed class TestStore
{
    public const string ChemicalText = """
        Kerry and Lavrov agree to remove Syria's chemical weapons

        GENEVA (Test Wire) - John Kerry and Sergey Lavrov agreed on Saturday to remove Syria's chemical weapons by mid-2014. "This is a historic step for the world," Kerry said.

        Russia insists that Assad must stay until a transition is agreed.

        Photo: a file picture of the talks.
        """;

    public const string VetoText = """
        Russia and China veto Syria resolution

        In October, Russia and China vetoed a draft resolution that would have condemned the Assad government.
        """;

    public const string RecycledVetoText = """
        US and Russia at odds

        In October 2012, Russia and China vetoed a draft resolution that would have condemned the Assad government.
        """;

    public const string HostileText = """
        Washington imposes sanctions

        The United States imposed sanctions on Russian officials in March 2014. <script>alert('owned')</script> <img src=x onerror=alert(1)>
        """;

    public const string AidText = """
        Aid convoys reach Aleppo

        Convoys of the Syrian Arab Red Crescent reached Aleppo every day of 2015.
        """;

    public const string AgreementSentence = "GENEVA (Test Wire) - John Kerry and Sergey Lavrov agreed on Saturday to remove Syria's chemical weapons by mid-2014.";
    public const string QuoteWords = "This is a historic step for the world,";
    public const string QuoteSentence = "\"This is a historic step for the world,\" Kerry said.";
    public const string AssadSentence = "Russia insists that Assad must stay until a transition is agreed.";
    public const int ConvoyCount = 120;

    public int ChemicalArticle { get; private set; }
    public int VetoArticle { get; private set; }
    public int RecycledVetoArticle { get; private set; }
    public int HostileArticle { get; private set; }
    public int AidArticle { get; private set; }
    public int Kerry { get; private set; }
    public int Lavrov { get; private set; }
    public int UnitedStates { get; private set; }
    public int Russia { get; private set; }
    public int Assad { get; private set; }
    public int Agreement { get; private set; }
    public int AgreementSource { get; private set; }
    public int Veto { get; private set; }
    public int Sanctions { get; private set; }
    public int Accusation { get; private set; }
    public int UsOnWeapons { get; private set; }
    public int RussiaOnWeapons { get; private set; }
    public int RussiaOnAssad { get; private set; }
    public int UsOnAssad { get; private set; }
    public int HistoricQuote { get; private set; }
    public int HistoricQuoteSource { get; private set; }
    public int KerryMention { get; private set; }

    public static async Task<TestStore> SeedAsync(DiplomacyDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = new TestStore();

        var kerry = Person("John Kerry", "US", ["John F. Kerry", "Mr. Kerry"]);
        kerry.Roles.Add(new ActorRole { Title = "US Senator", From = new DateOnly(1985, 1, 3), To = new DateOnly(2013, 2, 1) });
        kerry.Roles.Add(new ActorRole { Title = "US Secretary of State", From = new DateOnly(2013, 2, 1), To = new DateOnly(2017, 1, 20) });
        var lavrov = Person("Sergey Lavrov", "Russia", ["Sergei Lavrov"]);
        lavrov.Roles.Add(new ActorRole { Title = "Russian Foreign Minister", From = new DateOnly(2004, 3, 9) });
        var unitedStates = new Actor { Name = "United States", Type = ActorType.Country, Country = "US", IsKnown = true };
        var russia = new Actor { Name = "Russia", Type = ActorType.Country, Country = "Russia", IsKnown = true };
        var assad = Person("Bashar al-Assad", "Syria", []);
        var crescent = new Actor { Name = "Syrian Arab Red Crescent", Type = ActorType.Organisation, Country = "Syria", IsKnown = true };
        db.Actors.AddRange(kerry, lavrov, unitedStates, russia, assad, crescent);

        var chemical = Article("a-chemical.txt", ChemicalText, new DateOnly(2013, 9, 14), DatePrecision.Day, "Test Wire");
        chemical.PublishedConfidence = 0.95;
        chemical.PublishedEvidence = "\"on Saturday\": the talks ended on Saturday 14 September 2013";
        var veto = Article("b-veto.txt", VetoText, new DateOnly(2012, 6, 27), DatePrecision.Day, null);
        var recycled = Article("c-recycled.txt", RecycledVetoText, new DateOnly(2013, 5, 27), DatePrecision.Day, null);
        var hostile = Article("d-hostile.txt", HostileText, new DateOnly(2014, 3, 1), DatePrecision.Month, null);
        var aid = Article("e-aid.txt", AidText, new DateOnly(2015, 12, 31), DatePrecision.Day, null);
        db.Articles.AddRange(chemical, veto, recycled, hostile, aid);
        await db.SaveChangesAsync();

        var agreementSpan = Span(ChemicalText, AgreementSentence);
        var quoteSentenceSpan = Span(ChemicalText, QuoteSentence);
        var assadSpan = Span(ChemicalText, AssadSentence);

        db.ArticleActors.AddRange(
            new ArticleActor { ArticleId = chemical.Id, ActorId = kerry.Id, Role = "US Secretary of State" },
            new ArticleActor { ArticleId = chemical.Id, ActorId = lavrov.Id, Role = "Russian Foreign Minister" },
            new ArticleActor { ArticleId = chemical.Id, ActorId = russia.Id },
            new ArticleActor { ArticleId = chemical.Id, ActorId = assad.Id },
            new ArticleActor { ArticleId = veto.Id, ActorId = russia.Id },
            new ArticleActor { ArticleId = hostile.Id, ActorId = unitedStates.Id });
        var kerryMention = Mention(chemical, kerry, ChemicalText, "John Kerry", agreementSpan);
        db.Mentions.AddRange(
            kerryMention,
            Mention(chemical, lavrov, ChemicalText, "Sergey Lavrov", agreementSpan),
            Mention(chemical, russia, ChemicalText, "Russia insists", assadSpan, length: "Russia".Length),
            Mention(chemical, assad, ChemicalText, "Assad must", assadSpan, length: "Assad".Length));

        var quote = new Quote { Text = QuoteWords, Speaker = kerry, MergeKey = Key() };
        var quoteSpan = Span(ChemicalText, QuoteWords);
        var quoteSource = new QuoteSource
        {
            Quote = quote, ArticleId = chemical.Id, Start = quoteSpan.Start, End = quoteSpan.End,
            SentenceStart = quoteSentenceSpan.Start, SentenceEnd = quoteSentenceSpan.End, Attribution = Attribution.Explicit, Cue = "Kerry said",
        };
        db.QuoteSources.Add(quoteSource);

        var agreement = Event(EventType.Agreement, 8, "Kerry and Lavrov agree to remove Syria's chemical weapons", new DateOnly(2013, 9, 14), DatePrecision.Day, "Geneva");
        agreement.Participants.Add(new EventParticipant { Actor = kerry, Role = ParticipantRole.Source });
        agreement.Participants.Add(new EventParticipant { Actor = lavrov, Role = ParticipantRole.Target });
        var agreementSource = Source(chemical, agreementSpan, new DateOnly(2013, 9, 14), DatePrecision.Day);
        agreement.Sources.Add(agreementSource);

        var vetoEvent = Event(EventType.Veto, -4, "Russia and China veto a draft resolution condemning the Assad government", new DateOnly(2011, 10, 4), DatePrecision.Day, null);
        vetoEvent.HasDateConflict = true;
        vetoEvent.Participants.Add(new EventParticipant { Actor = russia, Role = ParticipantRole.Source });
        vetoEvent.Sources.Add(Source(veto, Span(VetoText, "In October, Russia and China vetoed"), new DateOnly(2011, 10, 1), DatePrecision.Month));
        vetoEvent.Sources.Add(Source(recycled, Span(RecycledVetoText, "In October 2012, Russia and China vetoed"), new DateOnly(2012, 10, 1), DatePrecision.Month));

        var sanctions = Event(EventType.Sanctions, -6, "The United States imposes sanctions on Russian officials", new DateOnly(2014, 3, 1), DatePrecision.Month, null);
        sanctions.Participants.Add(new EventParticipant { Actor = unitedStates, Role = ParticipantRole.Source });
        sanctions.Sources.Add(Source(hostile, Span(HostileText, "The United States imposed sanctions"), new DateOnly(2014, 3, 1), DatePrecision.Month));

        var accusation = Event(EventType.Accusation, -2, "The United States accuses Russia of shielding Assad", new DateOnly(2013, 8, 1), DatePrecision.Month, null);
        accusation.Participants.Add(new EventParticipant { Actor = unitedStates, Role = ParticipantRole.Source });
        accusation.Participants.Add(new EventParticipant { Actor = russia, Role = ParticipantRole.Target });
        accusation.Sources.Add(Source(chemical, assadSpan, new DateOnly(2013, 8, 1), DatePrecision.Month));
        db.Events.AddRange(agreement, vetoEvent, sanctions, accusation);

        for (var i = 0; i < ConvoyCount; i++)
        {
            var convoy = Event(EventType.Humanitarian, 3, $"Aid convoy {i:000} reaches Aleppo", new DateOnly(2015, 1, 1).AddDays(i), DatePrecision.Day, "Aleppo");
            convoy.Participants.Add(new EventParticipant { Actor = crescent, Role = ParticipantRole.Source });
            convoy.Sources.Add(Source(aid, Span(AidText, "Convoys of the Syrian Arab Red Crescent"), convoy.Date, DatePrecision.Day));
            db.Events.Add(convoy);
        }

        var usOnWeapons = Stance(chemical, Side.US, Topic.ChemicalWeapons, "Syria's chemical weapons must be removed", 1, kerry, quoteSentenceSpan, new DateOnly(2013, 9, 14), DatePrecision.Day);
        var russiaOnWeapons = Stance(chemical, Side.Russia, Topic.ChemicalWeapons, "agrees to put the chemical weapons under control", 1, lavrov, agreementSpan, new DateOnly(2013, 9, 14), DatePrecision.Day);
        var russiaOnAssad = Stance(chemical, Side.Russia, Topic.AssadFate, "Assad must stay until a transition is agreed", -1, russia, assadSpan, new DateOnly(2013, 9, 1), DatePrecision.Month);
        var usOnAssad = Stance(chemical, Side.US, Topic.AssadFate, "Assad must go", 1, kerry, agreementSpan, new DateOnly(2013, 8, 20), DatePrecision.Day);
        db.Positions.AddRange(usOnWeapons, russiaOnWeapons, russiaOnAssad, usOnAssad);

        var wrongYear = Span(RecycledVetoText, "October 2012");
        db.ArticleFlags.Add(new ArticleFlag { ArticleId = recycled.Id, Message = "There was no veto in October 2012: the double veto was on 4 October 2011.", Start = wrongYear.Start, End = wrongYear.End });
        db.ArticleRepairs.Add(new ArticleRepair { ArticleId = hostile.Id, Kind = "mojibake", Original = "RÄ°A", Replacement = "RIA", Start = 0, End = 4 });
        await db.SaveChangesAsync();

        // The importer stores on each event source the topics of the positions coded from its sentence; these rows
        // are written by hand, so they get theirs here by the same rule.
        var positions = db.ChangeTracker.Entries<Position>().Select(e => e.Entity).ToList();
        foreach (var source in db.ChangeTracker.Entries<EventSource>().Select(e => e.Entity))
        {
            source.SentenceTopics = positions.Where(p => p.ArticleId == source.ArticleId && p.SentenceStart != null && p.SentenceStart == source.SentenceStart)
                .Aggregate(TopicSet.None, (set, p) => set | TopicSets.Of(p.Topic));
        }

        await db.SaveChangesAsync();

        ids.ChemicalArticle = chemical.Id;
        ids.VetoArticle = veto.Id;
        ids.RecycledVetoArticle = recycled.Id;
        ids.HostileArticle = hostile.Id;
        ids.AidArticle = aid.Id;
        ids.Kerry = kerry.Id;
        ids.Lavrov = lavrov.Id;
        ids.UnitedStates = unitedStates.Id;
        ids.Russia = russia.Id;
        ids.Assad = assad.Id;
        ids.Agreement = agreement.Id;
        ids.AgreementSource = agreementSource.Id;
        ids.Veto = vetoEvent.Id;
        ids.Sanctions = sanctions.Id;
        ids.Accusation = accusation.Id;
        ids.UsOnWeapons = usOnWeapons.Id;
        ids.RussiaOnWeapons = russiaOnWeapons.Id;
        ids.RussiaOnAssad = russiaOnAssad.Id;
        ids.UsOnAssad = usOnAssad.Id;
        ids.HistoricQuote = quote.Id;
        ids.HistoricQuoteSource = quoteSource.Id;
        ids.KerryMention = kerryMention.Id;
        db.ChangeTracker.Clear();
        return ids;
    }

    public static (int Start, int End) Span(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"“{part}” is not in the text.", nameof(part));
        }

        return (start, start + part.Length);
    }

    private static Actor Person(string name, string country, string[] aliases)
    {
        var actor = new Actor { Name = name, Type = ActorType.Person, Country = country, IsKnown = true };
        foreach (var alias in aliases)
        {
            actor.Aliases.Add(new ActorAlias { Alias = alias });
        }

        return actor;
    }

    private static Article Article(string file, string text, DateOnly published, DatePrecision precision, string? source) => new()
    {
        FileName = file,
        Title = text[..text.IndexOf('\n', StringComparison.Ordinal)],
        TitleStart = 0,
        TitleEnd = text.IndexOf('\n', StringComparison.Ordinal),
        SourceName = source,
        Published = published,
        PublishedPrecision = precision,
        RawText = text,
        ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
        AddedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        AddedBy = "test",
        ExtractedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    private static Mention Mention(Article article, Actor actor, string text, string surface, (int Start, int End) sentence, int? length = null)
    {
        var span = Span(text, surface);
        return new Mention
        {
            ArticleId = article.Id, Actor = actor, Surface = surface[..(length ?? surface.Length)], Kind = MentionKind.FullName,
            Start = span.Start, End = span.Start + (length ?? surface.Length), SentenceStart = sentence.Start, SentenceEnd = sentence.End,
        };
    }

    private static DiplomaticEvent Event(EventType type, double goldstein, string summary, DateOnly? date, DatePrecision precision, string? location) => new()
    {
        Type = type, CameoCode = "0" + ((int)type).ToString(System.Globalization.CultureInfo.InvariantCulture), Goldstein = goldstein,
        Status = EventStatus.Occurred, Summary = summary, Location = location, Date = date, DatePrecision = precision, ParticipantKey = Key(),
    };

    private static EventSource Source(Article article, (int Start, int End) span, DateOnly? date, DatePrecision precision) => new()
    {
        ArticleId = article.Id, Start = span.Start, End = span.End, SentenceStart = span.Start, SentenceEnd = span.End,
        Date = date, DatePrecision = precision, EvidenceKey = Key(),
    };

    private static Position Stance(
        Article article, Side side, Topic topic, string stance, int polarity, Actor holder, (int Start, int End) span, DateOnly date, DatePrecision precision) => new()
    {
        ArticleId = article.Id, Side = side, Topic = topic, Stance = stance, Polarity = polarity, Holder = holder.Name, HolderActor = holder,
        Date = date, DatePrecision = precision, Start = span.Start, End = span.End, SentenceStart = span.Start, SentenceEnd = span.End,
    };

    private static string Key() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
