using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;
using Diplomacy.Core.Stages.Events;
using Diplomacy.Core.Tests.Support;

namespace Diplomacy.Core.Tests.Stages.Events;

public sealed class EventCoderTests
{
    /// <summary>The knowledge base without its happenings, so that dates come from the sentences alone.</summary>
    private static readonly EventCoder Coder = new(new KnowledgeBase(SharedKnowledge.Base.Actors, SharedKnowledge.Base.Offices, SharedKnowledge.Base.Titles, []));

    private static List<DiplomaticEvent> Code(CodingDocument document)
    {
        Coder.Process(document.Document);
        return document.Document.Events;
    }

    private static CodingDocument WithPeople(string body, string published = "2013-05-07") => CodingDocument.Create(body, published)
        .Person("John Kerry", "John Kerry", "US")
        .Person("Kerry", "John Kerry", "US")
        .Person("Sergei Lavrov", "Sergey Lavrov", "Russia")
        .Person("Lavrov", "Sergey Lavrov", "Russia")
        .Person("Ms. Clinton", "Hillary Rodham Clinton", "US")
        .Person("Vladimir Putin", "Vladimir Putin", "Russia")
        .Person("Putin", "Vladimir Putin", "Russia")
        .Person("Obama", "Barack Obama", "US")
        .Country("China", "China", "China")
        .Sides();

    [Fact]
    public void A_meeting_names_its_source_target_place_and_day()
    {
        var events = Code(WithPeople("Kerry met Lavrov in Geneva on Thursday.", "2013-09-13").Date("on Thursday", "2013-09-12"));

        var meeting = events.Should().ContainSingle().Subject;
        meeting.Type.Should().Be(EventType.Meeting);
        meeting.CameoCode.Should().Be("04");
        meeting.Sources.Should().Equal("John Kerry");
        meeting.Targets.Should().Equal("Sergey Lavrov");
        meeting.Location.Should().Be("Geneva");
        meeting.Date.Should().Be(PartialDate.Parse("2013-09-12"));
        meeting.Status.Should().Be(EventStatus.Occurred);
        meeting.SentenceIndex.Should().Be(1);
    }

    [Fact]
    public void Reported_history_takes_the_date_of_its_own_phrase_and_both_vetoing_countries()
    {
        var events = Code(WithPeople(
            "In October, Russia and China vetoed a draft resolution that would have condemned the Assad regime.", "2012-06-27")
            .Date("In October", "2011-10"));

        var veto = events.Should().ContainSingle().Subject;
        veto.Type.Should().Be(EventType.Veto);
        veto.Goldstein.Should().BeNegative();
        veto.Sources.Should().Equal("Russia", "China");
        veto.Date.Should().Be(PartialDate.Parse("2011-10"));
        veto.Status.Should().Be(EventStatus.Occurred, "the \"would\" belongs to the resolution, not to the veto");
    }

    [Fact]
    public void An_announced_meeting_is_planned_and_a_hypothetical_one_conditional()
    {
        var planned = Code(WithPeople("Obama and Putin will meet in June.", "2013-05-07").Date("in June", "2013-06", isFuture: true));
        var conditional = Code(WithPeople("Kerry would meet Lavrov if the opposition agreed to talks."));

        planned.Should().ContainSingle().Which.Status.Should().Be(EventStatus.Planned);
        planned[0].Sources.Should().Equal("Barack Obama", "Vladimir Putin");
        conditional.Should().ContainSingle().Which.Status.Should().Be(EventStatus.Conditional);
    }

    [Fact]
    public void Speech_is_an_event_only_where_the_sentence_dates_it_or_names_its_occasion()
    {
        Code(WithPeople("Kerry said the situation was not getting better.")).Should().BeEmpty();

        var dated = Code(WithPeople("Lavrov said on Monday that the situation was not getting better.").Date("on Monday", "2013-05-06"));
        var statement = dated.Should().ContainSingle().Subject;
        statement.Type.Should().Be(EventType.Statement);
        statement.CameoCode.Should().Be("01");
        statement.Sources.Should().Equal("Sergey Lavrov");

        Code(WithPeople("Lavrov said in a statement that the strikes were alarming.")).Should().ContainSingle()
            .Which.Type.Should().Be(EventType.Statement);
    }

    [Fact]
    public void A_predicate_without_an_actor_codes_nothing()
    {
        Code(WithPeople("More talks with the opposition were agreed after a long night.")).Should().BeEmpty();
    }

    [Fact]
    public void Both_countries_stand_for_the_United_States_and_Russia()
    {
        var events = Code(WithPeople("Kerry spoke first. In addition, both countries agreed to reinforce the cessation of hostilities."));

        var agreement = events.Should().ContainSingle().Subject;
        agreement.Type.Should().Be(EventType.Agreement);
        agreement.Sources.Should().Equal("United States", "Russia");
    }

    [Fact]
    public void A_negated_predicate_is_not_an_event()
    {
        Code(WithPeople("Putin did not meet Kerry.")).Should().BeEmpty();
    }

    [Fact]
    public void An_undated_event_is_dated_to_the_publication_month_not_to_a_day_the_text_never_gave()
    {
        var events = Code(WithPeople("Russia just hosted the P-5+1 talks.", "2012-06-27"));

        var date = events.Should().ContainSingle().Which.Date!.Value;
        date.Should().Be(PartialDate.Parse("2012-06"));
        date.Precision.Should().Be(DatePrecision.Month);
    }

    [Fact]
    public void A_pronoun_subject_refers_back_to_the_last_person_named()
    {
        var events = Code(WithPeople("Ms. Clinton arrived in Dublin. She met Lavrov on Thursday.", "2012-12-07").Date("on Thursday", "2012-12-06"));

        var meeting = events.Should().ContainSingle().Subject;
        meeting.Sources.Should().Equal("Hillary Rodham Clinton");
        meeting.Targets.Should().Equal("Sergey Lavrov");
    }

    [Fact]
    public void A_place_after_in_is_a_location_not_a_participant()
    {
        var events = Code(WithPeople("Kerry met Putin in Moscow on Tuesday.").Date("on Tuesday", "2013-05-07"));

        var meeting = events.Should().ContainSingle().Subject;
        meeting.Participants.Should().BeEquivalentTo("John Kerry", "Vladimir Putin");
        meeting.Location.Should().Be("Moscow");
    }

    [Fact]
    public void A_sentence_codes_one_event_the_first_verb_with_an_actor()
    {
        var events = Code(WithPeople("Lavrov met Kerry on Monday and said they discussed a conference.").Date("on Monday", "2013-05-06"));

        events.Should().ContainSingle().Which.Type.Should().Be(EventType.Meeting);
    }

    [Fact]
    public void Boilerplate_is_not_read()
    {
        var document = WithPeople("Kerry met Lavrov in Geneva.");
        var block = document.Document.Blocks[1];
        document.Document.Blocks[1] = block with { Kind = BlockKind.Boilerplate, Reason = "caption" };

        Code(document).Should().BeEmpty();
    }

    [Fact]
    public void A_sentence_alluding_to_a_known_happening_takes_its_date()
    {
        var happening = new HappeningEntry(
            "geneva-communique", "Geneva communiqué", EventType.Agreement, new DateOnly(2012, 6, 30), null, "Geneva",
            ["United States", "Russia"], [["Geneva"], ["plan", "communique"]]);
        var knowledge = new KnowledgeBase(SharedKnowledge.Base.Actors, SharedKnowledge.Base.Offices, SharedKnowledge.Base.Titles, [happening]);
        var document = WithPeople("The United States and Russia endorsed a plan in Geneva that called for a transitional government.");

        new EventCoder(knowledge).Process(document.Document);

        var agreement = document.Document.Events.Should().ContainSingle().Subject;
        agreement.Type.Should().Be(EventType.Agreement);
        agreement.Sources.Should().Equal("United States", "Russia");
        agreement.Date.Should().Be(PartialDate.Parse("2012-06-30"));
    }

    [Fact]
    public void A_printed_date_the_date_stage_flagged_yields_to_the_known_happening()
    {
        var veto = new HappeningEntry(
            "double-veto", "Russia and China veto a draft resolution", EventType.Veto, new DateOnly(2011, 10, 4), null, "New York",
            ["Russia", "China"], [["vetoed", "veto"], ["draft resolution", "resolution"]]);
        var knowledge = new KnowledgeBase(SharedKnowledge.Base.Actors, SharedKnowledge.Base.Offices, SharedKnowledge.Base.Titles, [veto]);
        var document = WithPeople("In October 2012, Russia and China vetoed a draft resolution.", "2013-05-27").Date("In October 2012", "2012-10");
        var phrase = document.Document.TemporalExpressions[0].Span;

        new EventCoder(knowledge).Process(document.Document);
        var trusted = document.Document.Events.Should().ContainSingle().Subject;
        trusted.Date.Should().Be(PartialDate.Parse("2012-10"), "a date the text prints stands while nothing contradicts it");

        document.Document.Events.Clear();
        document.Document.Flags.Add(new ConsistencyFlag(phrase, "no veto in October 2012"));
        new EventCoder(knowledge).Process(document.Document);
        document.Document.Events.Should().ContainSingle().Which.Date.Should().Be(PartialDate.Parse("2011-10-04"));
    }

    [Fact]
    public void An_agreement_naming_a_later_date_promises_a_planned_follow_up()
    {
        var events = Code(WithPeople("Kerry and Lavrov agreed on Tuesday on a schedule for talks by August.", "2016-03-25")
            .Date("on Tuesday", "2016-03-22")
            .Date("by August", "2016-08", isFuture: true));

        events.Select(e => (e.Type, e.Status, e.Date)).Should().Equal(
            (EventType.Agreement, EventStatus.Occurred, PartialDate.Parse("2016-03-22")),
            (EventType.Other, EventStatus.Planned, PartialDate.Parse("2016-08")));
        events[1].Sources.Should().Equal("John Kerry", "Sergey Lavrov");
    }

    [Fact]
    public void The_same_event_reported_twice_is_coded_once_with_the_more_precise_date()
    {
        var events = Code(WithPeople("Kerry met Lavrov in May. Kerry met Lavrov on Tuesday in Moscow.", "2013-05-08")
            .Date("in May", "2013-05")
            .Date("on Tuesday", "2013-05-07"));

        events.Should().ContainSingle().Which.Date.Should().Be(PartialDate.Parse("2013-05-07"));
    }
}
