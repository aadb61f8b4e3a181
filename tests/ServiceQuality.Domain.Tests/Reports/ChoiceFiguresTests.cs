using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Reports;

/// <summary>The report's small-cell rule (minimum 5) on a single-choice distribution.</summary>
public sealed class ChoiceFiguresTests
{
    private static readonly ServiceQuality.Domain.Surveys.Question Purpose = Definitions.Counter.FindQuestion("purpose")!;

    [Fact]
    public void Options_chosen_often_enough_are_published_with_their_share_of_the_answers()
    {
        var report = ChoiceFigures.Of(Tally(("metrology", 30), ("certificate", 10), ("inquiry", 0)), Purpose, 5);

        Assert.False(report.Suppressed);
        Assert.Equal(40, report.Answered);
        Assert.Equal([(30, 75.0m), (10, 25.0m), (0, 0.0m)], report.Options.Select(o => (o.Count!.Value, o.Percent!.Value)));
        Assert.Equal("度量衡器檢定", report.Options[0].Text!["zh-TW"]);
        Assert.Equal("您今天洽辦的業務是？", report.Text["zh-TW"]);
    }

    [Fact]
    public void A_question_answered_fewer_times_than_the_minimum_publishes_no_count_at_all()
    {
        var report = ChoiceFigures.Of(Tally(("metrology", 3), ("certificate", 1)), Purpose, 5);

        Assert.True(report.Suppressed);
        Assert.Null(report.Answered);
        Assert.All(report.Options, o => Assert.Equal((null, null, true), (o.Count, o.Percent, o.Suppressed)));
    }

    [Fact]
    public void A_small_option_is_suppressed_with_the_next_smallest_so_that_it_cannot_be_subtracted_from_the_total()
    {
        var report = ChoiceFigures.Of(Tally(("metrology", 30), ("certificate", 7), ("inquiry", 2), ("other", 0)), Purpose, 5);

        var options = report.Options.ToDictionary(o => o.Value);
        Assert.Equal(39, report.Answered);
        Assert.True(options["inquiry"].Suppressed);
        Assert.True(options["certificate"].Suppressed);
        Assert.Null(options["certificate"].Count);
        Assert.Equal((30, 76.9m), (options["metrology"].Count!.Value, options["metrology"].Percent!.Value));
        Assert.Equal(0, options["other"].Count);
    }

    [Fact]
    public void Two_small_options_hide_each_other_and_nothing_more_is_suppressed()
    {
        var report = ChoiceFigures.Of(Tally(("metrology", 30), ("certificate", 7), ("inquiry", 2), ("other", 4)), Purpose, 5);

        Assert.Equal(["inquiry", "other"], report.Options.Where(o => o.Suppressed).Select(o => o.Value).Order());
        Assert.Equal(7, report.Options.Single(o => o.Value == "certificate").Count);
    }

    [Fact]
    public void A_value_no_longer_in_the_definition_has_no_name_but_keeps_its_count()
    {
        var report = ChoiceFigures.Of(Tally(("metrology", 10), ("renewal", 6)), Purpose, 5);

        var renewal = report.Options.Single(o => o.Value == "renewal");
        Assert.Null(renewal.Text);
        Assert.Equal(6, renewal.Count);
    }

    private static ChoiceTally Tally(params (string Value, int Count)[] counts) =>
        new("purpose", counts.Select(c => new OptionCount(c.Value, c.Count)).ToList(), 0);
}
