using Diplomacy.Core.Model;
using Diplomacy.Core.Text;
using Diplomacy.Data.Import;
using Diplomacy.Data.Search;
using Diplomacy.Data.Tests.Engines;
using Diplomacy.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TopicSet = Diplomacy.Data.Entities.TopicSet;
using TopicSets = Diplomacy.Data.Entities.TopicSets;

namespace Diplomacy.Data.Tests;

/// <summary>What the store guarantees, run on each engine by the classes that inherit this one.</summary>
public abstract class StoreBehaviour : IAsyncLifetime
{
    private const string VetoOriginal = "In October, Russia and China vetoed a draft resolution that would have condemned the Assad regime.";
    private const string VetoRecycled = "In October 2012, Russia and China vetoed a draft resolution that would have condemned the Assad regime.";
    private const string VetoInYear = "In 2012, Russia and China vetoed a draft resolution that would have condemned the Assad regime.";

    private readonly List<StoreEngine> _engines = [];
    private readonly Func<StoreEngine> _createEngine;

    protected StoreBehaviour(Func<StoreEngine> createEngine)
    {
        _createEngine = createEngine;
        Engine = NewEngine();
    }

    protected StoreEngine Engine { get; }

    public Task InitializeAsync() => Engine.MigrateAsync();

    public async Task DisposeAsync()
    {
        foreach (var engine in _engines)
        {
            await engine.DisposeAsync();
        }
    }

    [EngineFact]
    public async Task Ingesting_the_seeds_twice_leaves_every_table_unchanged()
    {
        Dictionary<string, int> counts;
        List<string> snapshot;
        await using (var db = Engine.CreateContext())
        {
            var first = await TestPipeline.ImporterFor(db).ImportAllAsync(Seeds.Files, TestPipeline.Origin);
            first.Should().BeEquivalentTo(new { Added = 5, AlreadyPresent = 0, Failed = 0 });
            counts = await RowCounts.TakeAsync(db);
            snapshot = await StoreSnapshot.TakeAsync(db);
        }

        await using (var db = Engine.CreateContext())
        {
            var second = await TestPipeline.ImporterFor(db).ImportAllAsync(Seeds.Files, TestPipeline.Origin);
            var single = await TestPipeline.ImporterFor(db).ImportAsync(Seeds.Files.First(), TestPipeline.Origin);

            second.Should().BeEquivalentTo(new { Added = 0, AlreadyPresent = 5, Failed = 0 });
            single.Outcome.Should().Be(ImportOutcome.AlreadyPresent);
            (await RowCounts.TakeAsync(db)).Should().Equal(counts);
            (await StoreSnapshot.TakeAsync(db)).Should().Equal(snapshot);
        }
    }

    [EngineFact]
    public async Task Each_actor_the_pipeline_finds_in_the_seeds_is_one_row_holding_every_alias_the_articles_used()
    {
        var documents = Seeds.Paths.Select(path => TestPipeline.Default.Process(Path.GetFileName(path), File.ReadAllBytes(path))).ToList();
        var expected = documents.SelectMany(d => d.Actors.Values).GroupBy(a => a.Name)
            .ToDictionary(g => g.Key, g => g.SelectMany(a => a.Aliases).Where(alias => alias != g.Key).ToHashSet());
        await using var db = Engine.CreateContext();

        await TestPipeline.ImporterFor(db).ImportAllAsync(Seeds.Files, TestPipeline.Origin);

        var stored = await db.Actors.Include(a => a.Aliases).ToListAsync();
        stored.Select(a => a.Name).Should().OnlyHaveUniqueItems().And.Contain(expected.Keys);
        foreach (var (name, aliases) in expected.Where(e => e.Value.Count > 0))
        {
            stored.Single(a => a.Name == name).Aliases.Select(a => a.Alias).Should().Contain(aliases, "{0} is one actor across the seeds", name);
        }

        (await db.ArticleActors.CountAsync()).Should().Be(documents.Sum(d => d.Actors.Count));
    }

    [EngineFact]
    public async Task An_actor_named_differently_in_three_articles_is_one_row_with_every_alias_and_its_known_roles()
    {
        var known = TestPipeline.Knowledge.FindActor("Sergey Lavrov");
        known.Should().NotBeNull("the knowledge files know the Russian foreign minister");
        await using var db = Engine.CreateContext();
        var importer = TestPipeline.ImporterFor(db);

        await importer.StoreAsync(DocumentBuilder.For("a.txt", "Lavrov in Geneva\nSergei Lavrov spoke in Geneva.\n")
            .Actor("Sergey Lavrov", ActorType.Person, "Russia", "Sergei Lavrov").Document, TestPipeline.Origin);
        await importer.StoreAsync(DocumentBuilder.For("b.txt", "Talks resume\nMr. Lavrov met the envoy.\n")
            .Actor("Sergey Lavrov", ActorType.Person, "Russia", "Mr. Lavrov").Document, TestPipeline.Origin);
        await importer.StoreAsync(DocumentBuilder.For("c.txt", "Paris meeting\nForeign Minister Lavrov arrived. Ivan Petrovsky commented.\n")
            .Actor("Sergey Lavrov", ActorType.Person, "Russia", "Foreign Minister Lavrov")
            .Actor("Ivan Petrovsky", ActorType.Person, null, "Ivan Petrovsky").Document, TestPipeline.Origin);

        var actors = await db.Actors.Include(a => a.Aliases).Include(a => a.Roles).ToListAsync();
        var lavrov = actors.Should().ContainSingle(a => a.Name == "Sergey Lavrov").Subject;
        lavrov.IsKnown.Should().BeTrue();
        lavrov.Aliases.Select(a => a.Alias).Should().Contain(["Sergei Lavrov", "Mr. Lavrov", "Foreign Minister Lavrov"]).And.OnlyHaveUniqueItems();
        lavrov.Roles.Select(r => (r.Title, r.From, r.To)).Should().BeEquivalentTo(known!.AllRoles.Select(r => (r.Title, r.From, r.To)));
        actors.Should().ContainSingle(a => a.Name == "Ivan Petrovsky").Which.IsKnown.Should().BeFalse("the text introduced him");

        var mentions = await db.Mentions.Where(m => m.ActorId == lavrov.Id).Include(m => m.Article).ToListAsync();
        mentions.Select(m => m.Article!.RawText[m.Start..m.End]).Should().BeEquivalentTo(["Sergei Lavrov", "Mr. Lavrov", "Foreign Minister Lavrov"]);
    }

    [EngineFact]
    public async Task A_quote_and_an_event_reported_by_two_articles_are_one_row_each_with_both_sources()
    {
        await using var db = Engine.CreateContext();
        var importer = TestPipeline.ImporterFor(db);

        await importer.StoreAsync(Original().Document, TestPipeline.Origin);
        await importer.StoreAsync(Recycled().Document, TestPipeline.Origin);

        var quote = (await db.Quotes.Include(q => q.Sources).ThenInclude(s => s.Article).Include(q => q.Speaker).ToListAsync()).Should().ContainSingle().Subject;
        quote.Speaker!.Name.Should().Be("Hillary Rodham Clinton");
        quote.Sources.Select(s => s.Article!.FileName).Should().BeEquivalentTo(["original.txt", "recycled.txt"]);
        quote.Sources.Select(s => s.Article!.RawText[s.Start..s.End]).Should().BeEquivalentTo(
            ["We obviously disagree over the path forward on Syria,", "We obviously disagree over the path forward on Syria."]);
        quote.Sources.Select(s => s.Article!.RawText[s.SentenceStart!.Value..s.SentenceEnd!.Value]).Should().OnlyContain(sentence => sentence.Contains("Clinton"));

        var veto = (await db.Events.Include(e => e.Sources).ThenInclude(s => s.Article).Include(e => e.Participants).ThenInclude(p => p.Actor).ToListAsync())
            .Should().ContainSingle().Subject;
        veto.Type.Should().Be(EventType.Veto);
        veto.Participants.Select(p => p.Actor!.Name).Should().BeEquivalentTo(["Russia", "China"]);
        veto.Sources.Select(s => s.Article!.RawText[s.Start..s.End]).Should().BeEquivalentTo([VetoOriginal, VetoRecycled]);
    }

    [EngineFact]
    public async Task Sources_disagreeing_on_a_recycled_events_date_keep_both_readings_and_flag_the_conflict()
    {
        await using var db = Engine.CreateContext();
        var importer = TestPipeline.ImporterFor(db);

        // The later, mis-copied article first: the earlier article's reading must still win.
        await importer.StoreAsync(Recycled().Document, TestPipeline.Origin);
        await importer.StoreAsync(Original().Document, TestPipeline.Origin);

        var veto = (await db.Events.Include(e => e.Sources).ThenInclude(s => s.Article).ToListAsync()).Should().ContainSingle().Subject;
        veto.HasDateConflict.Should().BeTrue();
        veto.When.Should().Be(new PartialDate(2011, 10));
        veto.Sources.Select(s => (s.Article!.FileName, s.When)).Should().BeEquivalentTo(
            [("original.txt", (PartialDate?)new PartialDate(2011, 10)), ("recycled.txt", (PartialDate?)new PartialDate(2012, 10))]);
        (await StoreStatistics.CollectAsync(db)).EventsWithDateConflict.Should().Be(1);
    }

    [EngineFact]
    public async Task The_same_stock_sentence_dated_another_month_is_another_event_without_a_conflict()
    {
        const string Stock = "Russia and China vetoed a draft resolution on Syria at the Security Council.";
        await using var db = Engine.CreateContext();
        var importer = TestPipeline.ImporterFor(db);

        foreach (var (file, month, reading) in new[] { ("october.txt", "October", new PartialDate(2011, 10)), ("february.txt", "February", new PartialDate(2012, 2)) })
        {
            var sentence = $"In {month}, {Stock}";
            await importer.StoreAsync(DocumentBuilder.For(file, $"Another veto\n{sentence}\n", new PartialDate(2012, 3, 1))
                .Actor("Russia", ActorType.Country, "Russia", "Russia")
                .Actor("China", ActorType.Country, "China", "China")
                .Temporal(month, reading)
                .Event(EventType.Veto, sentence, reading, ["Russia", "China"], []).Document, TestPipeline.Origin);
        }

        var vetoes = await db.Events.OrderBy(e => e.Date).ToListAsync();
        vetoes.Select(e => (e.When, e.HasDateConflict)).Should().Equal(
            ((PartialDate?)new PartialDate(2011, 10), false), ((PartialDate?)new PartialDate(2012, 2), false));
    }

    [EngineFact]
    public async Task An_importer_merges_with_the_readings_another_writer_stored_meanwhile()
    {
        await using var db = Engine.CreateContext();
        await using var otherWriter = Engine.CreateContext();
        var importer = TestPipeline.ImporterFor(db);
        var earliest = DocumentBuilder.For("anniversary.txt", $"Veto in New York\n{VetoInYear}\n", new PartialDate(2012, 5, 1))
            .Actor("Russia", ActorType.Country, "Russia", "Russia")
            .Actor("China", ActorType.Country, "China", "China")
            .Temporal("2012", new PartialDate(2012))
            .Event(EventType.Veto, VetoInYear, new PartialDate(2012), ["Russia", "China"], []);

        await importer.StoreAsync(Recycled().Document, TestPipeline.Origin);
        await TestPipeline.ImporterFor(otherWriter).StoreAsync(Original().Document, TestPipeline.Origin);
        await importer.StoreAsync(earliest.Document, TestPipeline.Origin);

        // The earliest-published reading ("2012") sets the date; the other writer's October 2011 conflicts with it.
        var veto = (await db.Events.Include(e => e.Sources).ToListAsync()).Should().ContainSingle().Subject;
        veto.Sources.Should().HaveCount(3);
        veto.When.Should().Be(new PartialDate(2012));
        veto.HasDateConflict.Should().BeTrue("the importer must see the reading the other writer added");
    }

    [EngineFact]
    public async Task Reports_of_the_same_people_merge_within_a_month_and_stay_apart_across_months_days_or_participants()
    {
        await using var db = Engine.CreateContext();
        var importer = TestPipeline.ImporterFor(db);
        string[] obama = ["Barack Obama"];
        string[] putin = ["Vladimir Putin"];

        await importer.StoreAsync(DocumentBuilder.For("cabos.txt", "G-20 in Los Cabos\nPresident Obama sat down with President Putin at the G-20 summit.\n", new PartialDate(2012, 6, 20))
            .Event(EventType.Meeting, "President Obama sat down with President Putin at the G-20 summit.", new PartialDate(2012, 6, 18), obama, putin).Document, TestPipeline.Origin);
        await importer.StoreAsync(DocumentBuilder.For("summer.txt", "Summer diplomacy\nIn June the two presidents talked about Syria at length.\n", new PartialDate(2012, 7, 2))
            .Event(EventType.Meeting, "In June the two presidents talked about Syria at length.", new PartialDate(2012, 6), obama, putin).Document, TestPipeline.Origin);
        await importer.StoreAsync(DocumentBuilder.For("again.txt", "Another meeting\nObama met Putin again for a second conversation.\n", new PartialDate(2012, 6, 30))
            .Event(EventType.Meeting, "Obama met Putin again for a second conversation.", new PartialDate(2012, 6, 28), obama, putin).Document, TestPipeline.Origin);
        await importer.StoreAsync(DocumentBuilder.For("petersburg.txt", "St Petersburg summit\nObama and Putin met briefly on the sidelines of the summit.\n", new PartialDate(2013, 9, 6))
            .Event(EventType.Meeting, "Obama and Putin met briefly on the sidelines of the summit.", new PartialDate(2013, 9, 5), obama, putin).Document, TestPipeline.Origin);
        await importer.StoreAsync(DocumentBuilder.For("medvedev.txt", "Seoul\nPresident Obama sat down with President Medvedev in Seoul.\n", new PartialDate(2012, 6, 19))
            .Event(EventType.Meeting, "President Obama sat down with President Medvedev in Seoul.", new PartialDate(2012, 6, 18), obama, ["Dmitry Medvedev"]).Document, TestPipeline.Origin);

        var events = await db.Events.Include(e => e.Sources).ThenInclude(s => s.Article).ToListAsync();
        events.Select(e => (e.When, string.Join(",", e.Sources.Select(s => s.Article!.FileName).Order()), e.HasDateConflict)).Should().BeEquivalentTo(
        [
            ((PartialDate?)new PartialDate(2012, 6, 18), "cabos.txt,summer.txt", false),
            ((PartialDate?)new PartialDate(2012, 6, 28), "again.txt", false),
            ((PartialDate?)new PartialDate(2013, 9, 5), "petersburg.txt", false),
            ((PartialDate?)new PartialDate(2012, 6, 18), "medvedev.txt", false),
        ]);
    }

    [EngineFact]
    public async Task Every_span_points_into_the_raw_text_even_where_the_pipeline_repaired_it()
    {
        const string raw = "Lavrov warns\n\u00e2\u20ac\u0153We will not allow this\u00e2\u20ac\u009d said Lavrov.\n";
        const string repaired = "Lavrov warns\n\u201cWe will not allow this\u201d said Lavrov.\n";
        var openRaw = raw.IndexOf('\u00e2', StringComparison.Ordinal);
        var closeRaw = raw.IndexOf('\u00e2', openRaw + 1);
        var closeRepaired = repaired.IndexOf('\u201d', StringComparison.Ordinal);
        var document = new ArticleDocument("repaired.txt", raw);
        document.ReplaceText(repaired, new OffsetMap(
        [
            (new TextSpan(openRaw, openRaw + 3), new TextSpan(openRaw, openRaw + 1)),
            (new TextSpan(closeRaw, closeRaw + 3), new TextSpan(closeRepaired, closeRepaired + 1)),
        ]));
        document.Repairs.Add(new TextRepair("mojibake", new TextSpan(openRaw, openRaw + 3), raw.Substring(openRaw, 3), "\u201c"));
        DocumentBuilder.For(document, new PartialDate(2013, 5, 7))
            .Actor("Sergey Lavrov", ActorType.Person, "Russia", "Lavrov")
            .Quote("We will not allow this", "Sergey Lavrov")
            .Position(Side.Russia, Topic.Intervention, "Sergey Lavrov", "We will not allow this");
        await using var db = Engine.CreateContext();

        var result = await TestPipeline.ImporterFor(db).StoreAsync(document, TestPipeline.Origin);

        var article = await db.Articles.SingleAsync();
        article.RawText.Should().Be(raw, "the raw text is stored verbatim");
        article.Title.Should().Be("Lavrov warns");
        raw[article.TitleStart!.Value..article.TitleEnd!.Value].Should().Be("Lavrov warns");
        var source = await db.QuoteSources.SingleAsync();
        raw[source.Start..source.End].Should().Be("We will not allow this");
        raw[source.SentenceStart!.Value..source.SentenceEnd!.Value].Should().EndWith("said Lavrov.");
        var position = await db.Positions.Include(p => p.HolderActor).SingleAsync();
        raw[position.Start..position.End].Should().Be("We will not allow this");
        position.HolderActor!.Name.Should().Be("Sergey Lavrov");
        var repair = await db.ArticleRepairs.SingleAsync();
        raw[repair.Start..repair.End].Should().Be(repair.Original);
        result.Should().BeEquivalentTo(new { Outcome = ImportOutcome.Added, Quotes = 1 });
    }

    [EngineFact]
    public async Task Reextract_reproduces_the_same_rows()
    {
        await using var db = Engine.CreateContext();
        var importer = TestPipeline.ImporterFor(db);
        await importer.ImportAllAsync(Seeds.Files, TestPipeline.Origin);
        var before = await StoreSnapshot.TakeAsync(db);

        var summary = await importer.ReextractAllAsync();

        summary.Should().BeEquivalentTo(new { Added = 5, Failed = 0 });
        (await StoreSnapshot.TakeAsync(db)).Should().Equal(before);
    }

    [EngineFact]
    public async Task Reextract_keeps_the_title_and_date_an_editor_corrected_and_rebuilds_those_no_editor_touched()
    {
        await using var db = Engine.CreateContext();
        var importer = TestPipeline.ImporterFor(db);
        await importer.ImportAllAsync(Seeds.Files, TestPipeline.Origin);
        var ids = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).Take(2).ToListAsync();
        var (correctedId, untouchedId) = (ids[0], ids[1]);
        var extracted = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == untouchedId);
        await db.Articles.Where(a => a.Id == correctedId).ExecuteUpdateAsync(setters => setters
            .SetProperty(a => a.Title, "The editor's title").SetProperty(a => a.TitleSetBy, "ed")
            .SetProperty(a => a.Published, new DateOnly(2001, 2, 3)).SetProperty(a => a.PublishedPrecision, DatePrecision.Day)
            .SetProperty(a => a.PublishedConfidence, 1.0).SetProperty(a => a.PublishedEvidence, "Set by the editor ed.")
            .SetProperty(a => a.PublishedSetBy, "ed"));

        // Values no editor set stand for what an older pipeline stored: re-extraction must replace them.
        await db.Articles.Where(a => a.Id == untouchedId).ExecuteUpdateAsync(setters => setters
            .SetProperty(a => a.Title, "A stale title").SetProperty(a => a.Published, new DateOnly(1999, 1, 1))
            .SetProperty(a => a.PublishedPrecision, DatePrecision.Year).SetProperty(a => a.PublishedEvidence, (string?)null));

        var summary = await importer.ReextractAllAsync();

        summary.Should().BeEquivalentTo(new { Added = 5, Failed = 0 });
        var corrected = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == correctedId);
        corrected.Should().BeEquivalentTo(new
        {
            Title = "The editor's title",
            TitleSetBy = "ed",
            Published = new DateOnly(2001, 2, 3),
            PublishedPrecision = DatePrecision.Day,
            PublishedConfidence = 1.0,
            PublishedEvidence = "Set by the editor ed.",
            PublishedSetBy = "ed",
        });
        var untouched = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == untouchedId);
        untouched.Should().BeEquivalentTo(new
        {
            extracted.Title,
            TitleSetBy = (string?)null,
            extracted.Published,
            extracted.PublishedPrecision,
            extracted.PublishedConfidence,
            extracted.PublishedEvidence,
            PublishedSetBy = (string?)null,
        });
        extracted.Title.Should().NotBeNull("the test needs a seed whose title the pipeline finds");
    }

    [EngineFact]
    public async Task Each_event_source_stores_the_topics_of_the_positions_coded_from_its_sentence_after_ingest_and_reextract()
    {
        await using var db = Engine.CreateContext();
        var importer = TestPipeline.ImporterFor(db);
        await importer.ImportAllAsync(Seeds.Files, TestPipeline.Origin);
        await ShouldMatchTheirSentencesPositionsAsync(db);

        await db.EventSources.ExecuteUpdateAsync(setters => setters.SetProperty(s => s.SentenceTopics, TopicSet.None));
        await importer.ReextractAllAsync();
        await ShouldMatchTheirSentencesPositionsAsync(db);

        static async Task ShouldMatchTheirSentencesPositionsAsync(DiplomacyDbContext db)
        {
            var positions = await db.Positions.AsNoTracking().Where(p => p.SentenceStart != null)
                .Select(p => new { p.ArticleId, p.SentenceStart, p.Topic }).ToListAsync();
            var sources = await db.EventSources.AsNoTracking().ToListAsync();
            var expected = sources.Select(s => positions.Where(p => p.ArticleId == s.ArticleId && s.SentenceStart != null && p.SentenceStart == s.SentenceStart)
                .Aggregate(TopicSet.None, (set, p) => set | TopicSets.Of(p.Topic))).ToList();

            expected.Should().Contain(set => set != TopicSet.None, "the seeds code positions from some events' sentences");
            sources.Select(s => s.SentenceTopics).Should().Equal(expected);
        }
    }

    [EngineFact]
    public async Task Reextract_rebuilds_the_rows_a_fresh_ingest_of_the_same_texts_would_store()
    {
        var fresh = NewEngine();
        await fresh.MigrateAsync();
        await using var db = Engine.CreateContext();
        await using var freshDb = fresh.CreateContext();
        var original = Original().Document;
        var recycled = Recycled().Document;

        // Hand-built rows stand for what an older pipeline stored; re-extraction must replace them all.
        await TestPipeline.ImporterFor(db).StoreAsync(original, TestPipeline.Origin);
        await TestPipeline.ImporterFor(db).StoreAsync(recycled, TestPipeline.Origin);
        await TestPipeline.ImporterFor(db).ReextractAllAsync();
        await TestPipeline.ImporterFor(freshDb).ImportAsync(ArticleFile.FromBytes(original.FileName, System.Text.Encoding.UTF8.GetBytes(original.Source)), TestPipeline.Origin);
        await TestPipeline.ImporterFor(freshDb).ImportAsync(ArticleFile.FromBytes(recycled.FileName, System.Text.Encoding.UTF8.GetBytes(recycled.Source)), TestPipeline.Origin);

        static List<string> DerivedRows(List<string> rows) => rows.Where(r => !r.StartsWith("actor|", StringComparison.Ordinal)).ToList();
        DerivedRows(await StoreSnapshot.TakeAsync(db)).Should().Equal(DerivedRows(await StoreSnapshot.TakeAsync(freshDb)));
    }

    [EngineFact]
    public async Task Search_ranks_the_article_most_about_the_terms_first_and_follows_every_change()
    {
        await using var db = Engine.CreateContext();
        var importer = TestPipeline.ImporterFor(db);
        await importer.StoreAsync(DocumentBuilder.For("weapons.txt", "Chemical weapons in Syria\nThe chemical weapons deal removes the chemical weapons stockpile; chemical weapons inspectors arrived.\n")
            .Actor("Sergey Lavrov", ActorType.Person, "Russia").Quote("chemical weapons inspectors arrived", "Sergey Lavrov").Document, TestPipeline.Origin);
        await importer.StoreAsync(DocumentBuilder.For("talks.txt", "Talks in Geneva\nThe talks touched on many topics, among them chemical weapons, a ceasefire and aid convoys.\n")
            .Quote("The talks touched on many topics", null).Document, TestPipeline.Origin);
        await importer.StoreAsync(DocumentBuilder.For("sanctions.txt", "Sanctions debate\nSanctions on Russia were discussed at length.\n").Document, TestPipeline.Origin);

        (await db.Search("chemical weapons").Select(m => m.Item.FileName).ToListAsync()).Should().Equal("weapons.txt", "talks.txt");
        (await db.Search("sanction").Select(m => m.Item.FileName).ToListAsync()).Should().Equal(["sanctions.txt"], "stemming matches the plural");
        (await db.Search("\"chemical\" OR NEAR(x) *").ToListAsync()).Should().BeEmpty("query syntax is read as plain words, all required");
        (await db.Search("  ").ToListAsync()).Should().BeEmpty();
        (await db.SearchQuotes("inspectors").Select(m => m.Item.Text).ToListAsync()).Should().Equal("chemical weapons inspectors arrived");

        await db.Articles.Where(a => a.FileName == "sanctions.txt").ExecuteDeleteAsync();
        await db.Articles.Where(a => a.FileName == "talks.txt").ExecuteUpdateAsync(s => s.SetProperty(a => a.Title, "Embargo talks"));

        (await db.Search("sanction").ToListAsync()).Should().BeEmpty("a deleted article leaves the index");
        (await db.Search("embargo").Select(m => m.Item.FileName).ToListAsync()).Should().Equal("talks.txt");
    }

    [EngineFact]
    public async Task Bad_input_fails_with_a_plain_reason_and_loses_nothing_already_stored()
    {
        await using var db = Engine.CreateContext();
        var importer = TestPipeline.ImporterFor(db);
        await importer.ImportAllAsync(Seeds.Files, TestPipeline.Origin);
        var before = await StoreSnapshot.TakeAsync(db);
        var binary = new byte[4096];
        new Random(7).NextBytes(binary);
        binary[100] = 0;

        var summary = await importer.ImportAllAsync(
            [ArticleFile.FromBytes("empty.txt", []), ArticleFile.FromBytes("blank.txt", "  \n\n\t"u8.ToArray()), ArticleFile.FromBytes("photo.jpg", binary),
             ArticleFile.FromPath(Path.Combine(Seeds.Folder, "missing.txt"))],
            TestPipeline.Origin);

        summary.Should().BeEquivalentTo(new { Added = 0, Failed = 4 });
        summary.Failures.Should().Contain(f => f.Name == "empty.txt" && f.Error!.Contains("empty"))
            .And.Contain(f => f.Name == "blank.txt" && f.Error!.Contains("empty"))
            .And.Contain(f => f.Name == "photo.jpg" && f.Error!.Contains("binary"))
            .And.Contain(f => f.Name == "missing.txt" && f.Error!.Contains("cannot be read"));
        (await StoreSnapshot.TakeAsync(db)).Should().Equal(before);
    }

    [EngineFact]
    public async Task The_initializer_migrates_and_seeds_only_an_empty_store()
    {
        var seeds = Directory.CreateTempSubdirectory("diplomacy-seeds-");
        try
        {
            File.Copy(Seeds.Paths[0], Path.Combine(seeds.FullName, "first.txt"));
            File.Copy(Seeds.Paths[1], Path.Combine(seeds.FullName, "second.txt"));
            var fresh = NewEngine();
            await using (var db = fresh.CreateContext())
            {
                await new DatabaseInitializer(db, TestPipeline.ImporterFor(db), NullLogger<DatabaseInitializer>.Instance).InitializeAsync(seeds.FullName);
                (await db.Articles.Select(a => a.AddedBy).ToListAsync()).Should().Equal(DatabaseInitializer.SeedsAddedBy, DatabaseInitializer.SeedsAddedBy);
            }

            File.Copy(Seeds.Paths[2], Path.Combine(seeds.FullName, "third.txt"));
            await using (var db = fresh.CreateContext())
            {
                await new DatabaseInitializer(db, TestPipeline.ImporterFor(db), NullLogger<DatabaseInitializer>.Instance).InitializeAsync(seeds.FullName);
                (await db.Articles.CountAsync()).Should().Be(2, "a store with articles is never re-seeded");
            }
        }
        finally
        {
            seeds.Delete(recursive: true);
        }
    }

    private StoreEngine NewEngine()
    {
        var engine = _createEngine();
        _engines.Add(engine);
        return engine;
    }

    private static DocumentBuilder Original() => DocumentBuilder.For(
            "original.txt",
            $"US and Russia disagree over Syria\n\"We obviously disagree over the path forward on Syria,\" Ms. Clinton said.\n{VetoOriginal}\n",
            new PartialDate(2012, 6, 27))
        .Actor("Hillary Rodham Clinton", ActorType.Person, "US", "Ms. Clinton")
        .Actor("Russia", ActorType.Country, "Russia", "Russia")
        .Actor("China", ActorType.Country, "China", "China")
        .Quote("We obviously disagree over the path forward on Syria,", "Hillary Rodham Clinton")
        .Temporal("October", new PartialDate(2011, 10))
        .Event(EventType.Veto, VetoOriginal, new PartialDate(2011, 10), ["Russia", "China"], []);

    private static DocumentBuilder Recycled() => DocumentBuilder.For(
            "recycled.txt",
            $"Kerry and Lavrov meet in Paris\n{VetoRecycled}\nSecretary Clinton has said: \"We obviously disagree over the path forward on Syria.\"\n",
            new PartialDate(2013, 5, 27))
        .Actor("Hillary Rodham Clinton", ActorType.Person, "US", "Secretary Clinton")
        .Actor("Russia", ActorType.Country, "Russia", "Russia")
        .Actor("China", ActorType.Country, "China", "China")
        .Quote("We obviously disagree over the path forward on Syria.", "Hillary Rodham Clinton")
        .Temporal("October 2012", new PartialDate(2012, 10))
        .Event(EventType.Veto, VetoRecycled, new PartialDate(2012, 10), ["Russia", "China"], []);
}
