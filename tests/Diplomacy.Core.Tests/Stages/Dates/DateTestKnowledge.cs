using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;

namespace Diplomacy.Core.Tests.Stages.Dates;

/// <summary>A small knowledge base built in code, so the date tests do not depend on the shipped happenings file.</summary>
internal static class DateTestKnowledge
{
    public static KnowledgeBase Create(params HappeningEntry[] extraHappenings) => new(
        [
            Person("Hillary Rodham Clinton", "US", ["Hillary Clinton"], new RoleEntry("US Secretary of State", Day("2009-01-21"), Day("2013-02-01"))),
            Person("John Kerry", "US", [], new RoleEntry("US Secretary of State", Day("2013-02-01"), Day("2017-01-20"))),
            Person("Sergey Lavrov", "Russia", ["Sergei Lavrov"], new RoleEntry("Russian Foreign Minister", Day("2004-03-09"))),
            Person("Barack Obama", "US", [], new RoleEntry("US President", Day("2009-01-20"), Day("2017-01-20"))),
            Person("Vladimir Putin", "Russia", []),
            new ActorEntry("Russia", ActorType.Country, "Russia", ["Russian Federation"], ["Moscow", "the Kremlin"]),
            new ActorEntry("China", ActorType.Country, "China", [], ["Beijing"]),
        ],
        [
            new OfficeEntry("US Secretary of State", "US", ["U.S. Secretary of State", "the Secretary of State"]),
            new OfficeEntry("Russian Foreign Minister", "Russia", ["Russia's foreign minister"]),
        ],
        ["Mr.", "Secretary", "Secretary of State", "Foreign Minister", "President"],
        [
            Happening("g20-los-cabos", "G-20 summit in Los Cabos", "2012-06-18", "2012-06-19", ["Barack Obama", "Vladimir Putin"], ["G-20", "G20"], ["Mexico", "Los Cabos"]),
            Happening("clinton-helsinki", "Clinton's remarks in Helsinki", "2012-06-27", null, ["Hillary Rodham Clinton"], ["Helsinki", "Finland"]),
            Happening("veto-2011", "Russia and China veto a draft resolution on Syria", "2011-10-04", null, ["Russia", "China"], ["veto", "vetoed", "vetoing"], ["Russia"], ["China"]),
            Happening("kerry-moscow-2013", "Kerry meets Putin and Lavrov in Moscow", "2013-05-07", null, ["John Kerry", "Vladimir Putin"], ["Kerry"], ["Moscow"]),
            Happening("kerry-lavrov-paris-2013", "Kerry and Lavrov meet in Paris", "2013-05-27", null, ["John Kerry", "Sergey Lavrov"], ["Kerry"], ["Lavrov"], ["Paris"]),
            Happening("kerry-lavrov-paris-2014", "Kerry and Lavrov meet in Paris", "2014-01-13", null, ["John Kerry", "Sergey Lavrov"], ["Kerry"], ["Lavrov"], ["Paris"]),
            Happening("g8-lough-erne", "G-8 summit at Lough Erne", "2013-06-17", "2013-06-18", ["Barack Obama", "Vladimir Putin"], ["G-8", "G8", "Group of Eight"], ["Britain", "Northern Ireland", "Lough Erne"]),
            Happening("unsc-2254", "UN Security Council Resolution 2254", "2015-12-18", null, ["UN Security Council"], ["Resolution 2254", "UNSCR 2254"]),
            .. extraHappenings,
        ]);

    public static HappeningEntry Happening(string id, string name, string date, string? end, IReadOnlyList<string> participants, params IReadOnlyList<string>[] cues) =>
        new(id, name, EventType.Meeting, Day(date), end is null ? null : Day(end), null, participants, cues);

    private static ActorEntry Person(string name, string country, IReadOnlyList<string> aliases, params RoleEntry[] roles) =>
        new(name, ActorType.Person, country, aliases, null, roles);

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
