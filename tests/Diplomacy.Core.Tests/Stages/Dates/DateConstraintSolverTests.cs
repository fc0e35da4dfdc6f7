using Diplomacy.Core.Model;
using Diplomacy.Core.Stages.Dates;

namespace Diplomacy.Core.Tests.Stages.Dates;

public sealed class DateConstraintSolverTests
{
    [Fact]
    public void The_heavier_evidence_wins_where_evidence_disagrees()
    {
        var solution = DateConstraintSolver.Solve([Between("2012-01-01", "2012-12-31", 2), From("2013-01-01", 1)])!;

        solution.Window.Should().Be(new DateWindow(Day("2012-01-01"), Day("2012-12-31")));
        solution.Satisfied.Should().ContainSingle();
        solution.Support.Should().BeApproximately(2.0 / 3, 1e-9);
    }

    [Fact]
    public void Agreeing_bounds_narrow_the_window()
    {
        var solution = DateConstraintSolver.Solve([From("2013-02-01", 2), From("2013-05-27", 2), Between("2013-01-01", "2017-01-19", 2)])!;

        solution.Window.Should().Be(new DateWindow(Day("2013-05-27"), Day("2017-01-19")));
        solution.Support.Should().Be(1);
    }

    [Fact]
    public void Of_equally_supported_windows_the_earliest_with_a_lower_bound_wins()
    {
        var solution = DateConstraintSolver.Solve([Between("2013-05-01", "2013-05-31", 1), Between("2012-05-01", "2012-05-31", 1)])!;

        solution.Window.From.Should().Be(Day("2012-05-01"));
    }

    [Fact]
    public void A_recurring_day_takes_its_year_from_the_other_evidence()
    {
        var wire = DateConstraint.Recurring(new YearlyWindow(5, 7, 5, 7), 6, Evidence());
        var solution = DateConstraintSolver.Solve([wire, From("2013-02-01", 2)])!;

        solution.Window.Should().Be(new DateWindow(Day("2013-05-07"), Day("2013-05-07")));
    }

    [Fact]
    public void Among_equally_supported_years_the_one_whose_day_is_the_reported_weekday_wins()
    {
        var wire = DateConstraint.Recurring(new YearlyWindow(2, 22, 2, 22), 6, Evidence());
        var solution = DateConstraintSolver.Solve([wire, Between("2014-07-10", "2017-01-20", 2)], day => day.DayOfWeek == DayOfWeek.Monday)!;

        solution.Window.Should().Be(new DateWindow(Day("2016-02-22"), Day("2016-02-22")));
    }

    [Fact]
    public void A_recurring_day_alone_cannot_be_placed()
    {
        DateConstraintSolver.Solve([DateConstraint.Recurring(new YearlyWindow(5, 7, 5, 7), 6, Evidence())]).Should().BeNull();
    }

    private static DateConstraint From(string day, double weight) => new([DateWindow.NotBefore(Day(day))], weight, Evidence());

    private static DateConstraint Between(string from, string to, double weight) => new([new DateWindow(Day(from), Day(to))], weight, Evidence());

    private static DateEvidence Evidence() => new(default, "phrase", "explanation");

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
