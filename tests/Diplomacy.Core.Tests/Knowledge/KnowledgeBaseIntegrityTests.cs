using System.Globalization;
using System.Text.Json;
using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;
using Diplomacy.Core.Tests.Support;

namespace Diplomacy.Core.Tests.Knowledge;

/// <summary>Guards the hand-edited knowledge files: every rule an editor could break by adding a line.</summary>
public sealed class KnowledgeBaseIntegrityTests
{
    private static KnowledgeBase Knowledge => SharedKnowledge.Base;

    private static IEnumerable<(ActorEntry Actor, RoleEntry Role)> Roles =>
        Knowledge.Actors.SelectMany(a => a.AllRoles.Select(r => (a, r)));

    [Fact]
    public void The_embedded_files_load_with_actors_offices_titles_and_happenings()
    {
        Knowledge.Actors.Should().HaveCountGreaterThan(150);
        Knowledge.Offices.Should().HaveCountGreaterThan(30);
        Knowledge.Titles.Should().Contain(["Mr.", "Ms.", "Secretary", "Foreign Minister", "Ambassador", "Gen."]);
        Knowledge.Happenings.Should().HaveCountGreaterThan(120);
    }

    [Fact]
    public void Every_person_has_a_gender_and_nothing_else_does()
    {
        Knowledge.Actors.Where(a => a.Type == ActorType.Person).Should().OnlyContain(a => a.Gender != Gender.Unknown);
        Knowledge.Actors.Where(a => a.Type != ActorType.Person).Should().OnlyContain(a => a.Gender == Gender.Unknown);
    }

    [Fact]
    public void Actor_names_are_unique()
    {
        Knowledge.Actors.GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).Select(g => g.Key)
            .Should().BeEmpty();
    }

    [Fact]
    public void No_written_form_names_two_actors()
    {
        var shared = Knowledge.Actors
            .SelectMany(a => a.AllAliases.Concat(a.AllMetonyms).Append(a.Name).Distinct(StringComparer.OrdinalIgnoreCase).Select(form => (Form: form, a.Name)))
            .GroupBy(x => x.Form, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(x => x.Name).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Name))}");

        shared.Should().BeEmpty("an alias shared by two actors is ambiguous and belongs to neither");
    }

    [Fact]
    public void No_written_form_is_blank_or_padded()
    {
        Knowledge.Actors
            .SelectMany(a => a.AllAliases.Concat(a.AllMetonyms).Append(a.Name))
            .Where(form => string.IsNullOrWhiteSpace(form) || form.Trim() != form)
            .Should().BeEmpty();
    }

    [Fact]
    public void Every_role_starts_before_it_ends()
    {
        Roles.Where(x => x.Role is { From: { } from, To: { } to } && from >= to)
            .Select(x => $"{x.Actor.Name}: {x.Role}")
            .Should().BeEmpty();
    }

    [Fact]
    public void A_persons_roles_are_listed_in_the_order_they_began()
    {
        // RoleOn falls back to the last role listed, so the last one must be the latest.
        Knowledge.Actors
            .Where(a => a.AllRoles.Where(r => r.From is not null).Select(r => r.From!.Value)
                .Zip(a.AllRoles.Where(r => r.From is not null).Skip(1).Select(r => r.From!.Value))
                .Any(pair => pair.First > pair.Second))
            .Select(a => a.Name)
            .Should().BeEmpty();
    }

    [Fact]
    public void Holders_of_one_office_never_overlap()
    {
        var overlaps = new List<string>();
        foreach (var office in Knowledge.Offices)
        {
            var terms = Roles.Where(x => x.Role.Title == office.Name)
                .OrderBy(x => x.Role.From ?? DateOnly.MinValue)
                .ToList();
            foreach (var (earlier, later) in terms.Zip(terms.Skip(1)))
            {
                var earlierEnd = earlier.Role.To ?? DateOnly.MaxValue;
                var laterStart = later.Role.From ?? DateOnly.MinValue;
                if (laterStart < earlierEnd)
                {
                    overlaps.Add($"{office.Name}: {earlier.Actor.Name} and {later.Actor.Name}");
                }
            }
        }

        overlaps.Should().BeEmpty();
    }

    [Fact]
    public void Every_office_has_a_holder_and_a_reference()
    {
        var held = Roles.Select(x => x.Role.Title).ToHashSet(StringComparer.Ordinal);
        Knowledge.Offices.Where(o => !held.Contains(o.Name) || o.References.Count == 0)
            .Select(o => o.Name)
            .Should().BeEmpty();
    }

    [Fact]
    public void A_role_title_is_an_office_spelled_exactly_or_a_free_title_unlike_any_office()
    {
        var offices = Knowledge.Offices.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var looseOffices = Knowledge.Offices.Select(o => Loose(o.Name)).ToHashSet(StringComparer.Ordinal);

        Roles.Select(x => x.Role.Title)
            .Where(title => !offices.Contains(title) && looseOffices.Contains(Loose(title)))
            .Should().BeEmpty("a near-miss of an office name is a typo that silently makes the role a free title");
    }

    [Fact]
    public void Office_names_and_references_are_unique()
    {
        Knowledge.Offices.GroupBy(o => o.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Should().BeEmpty();
        Knowledge.Offices
            .SelectMany(o => o.References.Select(r => (Reference: r, Office: o.Name)))
            .GroupBy(x => x.Reference, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .Should().BeEmpty();
    }

    [Fact]
    public void Titles_are_unique()
    {
        Knowledge.Titles.GroupBy(t => t, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty();
    }

    [Theory]
    [InlineData("US Secretary of State", "2012-06-27", "Hillary Rodham Clinton")]
    [InlineData("US Secretary of State", "2013-05-27", "John Kerry")]
    [InlineData("US Secretary of State", "2013-02-01", "John Kerry")]
    [InlineData("US Secretary of State", "2013-01-31", "Hillary Rodham Clinton")]
    [InlineData("US Secretary of Defense", "2012-12-06", "Leon Panetta")]
    [InlineData("US Secretary of Defense", "2014-01-15", "Chuck Hagel")]
    [InlineData("US Secretary of Defense", "2016-03-24", "Ashton Carter")]
    [InlineData("US Deputy Secretary of State", "2012-06-21", "William J. Burns")]
    [InlineData("US Ambassador to the UN", "2012-02-04", "Susan Rice")]
    [InlineData("US Ambassador to Russia", "2013-05-07", "Michael McFaul")]
    [InlineData("President of Russia", "2010-06-01", "Dmitry Medvedev")]
    [InlineData("President of Russia", "2013-05-07", "Vladimir Putin")]
    [InlineData("Prime Minister of Russia", "2013-05-07", "Dmitry Medvedev")]
    [InlineData("Russian Foreign Minister", "2016-03-24", "Sergey Lavrov")]
    [InlineData("Russian Foreign Ministry spokesperson", "2013-05-06", "Alexander Lukashevich")]
    [InlineData("Russian Foreign Ministry spokesperson", "2016-03-24", "Maria Zakharova")]
    [InlineData("UN Special Envoy for Syria", "2012-06-30", "Kofi Annan")]
    [InlineData("UN Special Envoy for Syria", "2012-12-06", "Lakhdar Brahimi")]
    [InlineData("UN Special Envoy for Syria", "2016-03-24", "Staffan de Mistura")]
    [InlineData("Prime Minister of Syria", "2013-05-07", "Wael al-Halqi")]
    [InlineData("Turkish Foreign Minister", "2015-10-30", "Feridun Sinirlioglu")]
    [InlineData("Turkish Foreign Minister", "2016-10-15", "Mevlut Cavusoglu")]
    public void The_holder_of_an_office_on_a_date_is_the_real_one(string office, string date, string holder)
    {
        Knowledge.HolderOf(office, DateOnly.Parse(date, CultureInfo.InvariantCulture))!.Name.Should().Be(holder);
    }

    [Fact]
    public void Nobody_holds_an_office_in_a_gap_between_holders()
    {
        Knowledge.HolderOf("UN Special Envoy for Syria", new DateOnly(2014, 6, 20)).Should().BeNull("Brahimi left on 31 May 2014 and de Mistura was named on 10 July");
    }

    [Theory]
    [InlineData("Matthew Rojansky")]
    [InlineData("Angela Stent")]
    [InlineData("Fyodor Lukyanov")]
    [InlineData("Dmitri Trenin")]
    public void Commentators_are_marked_as_analysts(string name)
    {
        Knowledge.FindActor(name)!.IsAnalyst.Should().BeTrue();
    }

    [Fact]
    public void Happening_ids_are_unique()
    {
        Knowledge.Happenings.GroupBy(h => h.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty();
    }

    [Fact]
    public void Happening_participants_are_known_actors()
    {
        Knowledge.Happenings
            .SelectMany(h => h.Participants.Where(p => Knowledge.FindActor(p) is null).Select(p => $"{h.Id}: {p}"))
            .Should().BeEmpty();
    }

    [Fact]
    public void Every_happening_has_cue_groups_and_none_is_empty()
    {
        Knowledge.Happenings
            .Where(h => h.Cues.Count == 0 || h.Cues.Any(g => g.Count == 0 || g.Any(string.IsNullOrWhiteSpace)))
            .Select(h => h.Id)
            .Should().BeEmpty();
    }

    [Fact]
    public void No_cue_is_a_two_letter_word_that_case_blind_matching_would_find_everywhere()
    {
        // Cues match case-insensitively, so "US" would fire on "us" and "IS" on "is".
        Knowledge.Happenings
            .SelectMany(h => h.Cues.SelectMany(g => g).Where(c => c.Length <= 2 && c.All(char.IsLetter)).Select(c => $"{h.Id}: {c}"))
            .Should().BeEmpty();
    }

    [Fact]
    public void A_happening_ends_on_or_after_the_day_it_starts()
    {
        Knowledge.Happenings.Where(h => h.End is { } end && end < h.Date).Select(h => h.Id).Should().BeEmpty();
    }

    [Theory]
    [InlineData("unsc-veto-2011-10-04", "2011-10-04", EventType.Veto)]
    [InlineData("unsc-veto-2016-12-05", "2016-12-05", EventType.Veto)]
    [InlineData("geneva-communique-2012", "2012-06-30", EventType.Agreement)]
    [InlineData("unsc-2254-2015", "2015-12-18", EventType.Agreement)]
    [InlineData("ghouta-chemical-attack-2013", "2013-08-21", EventType.Attack)]
    [InlineData("cessation-of-hostilities-2016", "2016-02-27", EventType.Agreement)]
    public void Key_happenings_carry_their_real_dates(string id, string date, EventType type)
    {
        var happening = Knowledge.Happenings.Single(h => h.Id == id);
        happening.Date.Should().Be(DateOnly.Parse(date, CultureInfo.InvariantCulture));
        happening.Type.Should().Be(type);
    }

    [Fact]
    public void Every_person_in_the_gold_files_is_known_by_name_or_alias()
    {
        var known = Knowledge.Actors
            .SelectMany(a => a.AllAliases.Append(a.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        GoldActors().Where(a => a.Type == "person" && !known.Contains(a.Name)).Select(a => a.Name)
            .Should().BeEmpty();
    }

    [Fact]
    public void Gold_canonical_names_of_people_are_canonical_here_too()
    {
        GoldActors().Where(a => a.Type == "person" && Knowledge.FindActor(a.Name) is null).Select(a => a.Name)
            .Should().BeEmpty("the scorer compares canonical names across articles");
    }

    [Fact]
    public void Every_gold_actor_is_known_by_name_or_alias()
    {
        var known = Knowledge.Actors
            .SelectMany(a => a.AllAliases.Concat(a.AllMetonyms).Append(a.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        GoldActors().Where(a => !known.Contains(a.Name)).Select(a => a.Name).Distinct(StringComparer.Ordinal)
            .Should().BeEmpty();
    }

    private static string Loose(string title) =>
        new([.. title.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static List<(string Name, string Type)> GoldActors() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Gold"), "*.json")
            .SelectMany(path =>
            {
                using var gold = JsonDocument.Parse(File.ReadAllText(path));
                return gold.RootElement.GetProperty("actors").EnumerateArray()
                    .Select(a => (a.GetProperty("name").GetString()!, a.GetProperty("type").GetString()!))
                    .ToList();
            })];
}
