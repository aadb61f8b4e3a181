using ServiceQuality.Domain.Reports;
using Xunit;

namespace ServiceQuality.Domain.Tests.Reports;

public sealed class SatisfactionFiguresTests
{
    [Fact]
    public void Nine_hundred_fifty_one_satisfied_of_a_thousand_valid_is_95_1_percent_with_its_wilson_interval()
    {
        // p = 951/1000 = 0.951, z = 1.959964 (z² = 3.841459), n = 1000.
        // denominator = 1 + z²/n = 1.0038415
        // centre = (p + z²/2n) / denominator = (0.951 + 0.0019207) / 1.0038415 = 0.9492741
        // margin = z·√(p(1−p)/n + z²/4n²) / denominator = 1.959964·√(0.0000465990 + 0.0000009604) / 1.0038415 = 0.0134648
        // low = 0.9358093 → 93.6%; high = 0.9627390 → 96.3% (96.27…, which rounds up, not to 96.2).
        var figures = SatisfactionFigures.Of(LikertTally.FromScores(0, 0, 49, 0, 951), null, 5);

        Assert.Equal((1000, 1000, 951), (figures.Responses!.Value, figures.Valid!.Value, figures.Satisfied!.Value));
        Assert.Equal(95.1m, figures.Percent);
        Assert.Equal(93.6m, figures.ConfidenceLow);
        Assert.Equal(96.3m, figures.ConfidenceHigh);
        // Mean = (49·3 + 951·5) / 1000 = (147 + 4755) / 1000 = 4.902 → 4.90.
        Assert.Equal(4.90m, figures.MeanScore);
        Assert.False(figures.Suppressed);
    }

    [Fact]
    public void Not_applicable_and_unanswered_count_as_responses_but_not_as_valid_answers()
    {
        // 3 × 5, 1 × 4, 1 × 2, 2 × na, 1 unanswered: 8 responses, 5 valid, 4 satisfied = 80.0%; mean (15 + 4 + 2) / 5 = 4.2.
        var tally = LikertTally.FromScores(0, 1, 0, 1, 3, notApplicable: 2, unanswered: 1);

        var figures = SatisfactionFigures.Of(tally, null, 5);

        Assert.Equal((8, 5, 4), (figures.Responses!.Value, figures.Valid!.Value, figures.Satisfied!.Value));
        Assert.Equal(80.0m, figures.Percent);
        Assert.Equal(4.20m, figures.MeanScore);
    }

    [Fact]
    public void Only_scores_four_and_five_count_as_satisfied()
    {
        var figures = SatisfactionFigures.Of(LikertTally.FromScores(1, 1, 1, 1, 1), null, 5);

        Assert.Equal(2, figures.Satisfied);
        Assert.Equal(40.0m, figures.Percent);
    }

    [Fact]
    public void A_cell_of_fewer_than_five_responses_is_suppressed_entirely()
    {
        var figures = SatisfactionFigures.Of(LikertTally.FromScores(0, 0, 0, 0, 4), null, 5);

        Assert.True(figures.Suppressed);
        Assert.Equal(new SatisfactionFigures(null, null, null, null, null, null, null, null, true), figures);
    }

    [Fact]
    public void Five_responses_are_published()
    {
        // 4 of 5: 80.0%; Wilson 37.6%–96.4% (centre 0.66966, margin 0.29412).
        var figures = SatisfactionFigures.Of(LikertTally.FromScores(0, 1, 0, 0, 4), null, 5);

        Assert.False(figures.Suppressed);
        Assert.Equal((80.0m, 37.6m, 96.4m), (figures.Percent!.Value, figures.ConfidenceLow!.Value, figures.ConfidenceHigh!.Value));
    }

    [Fact]
    public void The_change_is_in_percentage_points_between_the_printed_percentages()
    {
        var previous = LikertTally.FromScores(0, 10, 0, 90, 0);

        var figures = SatisfactionFigures.Of(LikertTally.FromScores(0, 0, 49, 0, 951), previous, 5);

        Assert.Equal(5.1m, figures.Change);
    }

    [Fact]
    public void There_is_no_change_against_a_suppressed_or_empty_previous_period()
    {
        var current = LikertTally.FromScores(0, 0, 49, 0, 951);

        Assert.Null(SatisfactionFigures.Of(current, LikertTally.FromScores(0, 0, 0, 0, 3), 5).Change);
        Assert.Null(SatisfactionFigures.Of(current, LikertTally.Empty, 5).Change);
        Assert.Null(SatisfactionFigures.Of(current, null, 5).Change);
    }

    [Fact]
    public void All_satisfied_has_an_upper_bound_of_one_hundred_and_a_lower_bound_below_it()
    {
        // 10 of 10: centre 0.86123, margin 0.13877 → 72.2%–100.0%.
        var figures = SatisfactionFigures.Of(LikertTally.FromScores(0, 0, 0, 0, 10), null, 5);

        Assert.Equal((100.0m, 72.2m, 100.0m), (figures.Percent!.Value, figures.ConfidenceLow!.Value, figures.ConfidenceHigh!.Value));
    }

    [Fact]
    public void Responses_with_only_not_applicable_answers_have_no_percentage()
    {
        var figures = SatisfactionFigures.Of(LikertTally.FromScores(0, 0, 0, 0, 0, notApplicable: 6), null, 5);

        Assert.Equal(6, figures.Responses);
        Assert.Null(figures.Percent);
        Assert.Null(figures.ConfidenceLow);
        Assert.Null(figures.MeanScore);
    }

    [Fact]
    public void Tallies_add_up_count_by_count()
    {
        var sum = LikertTally.FromScores(1, 2, 3, 4, 5, 6, 7).Plus(LikertTally.FromScores(1, 1, 1, 1, 1, 1, 1));

        Assert.Equal(LikertTally.FromScores(2, 3, 4, 5, 6, 7, 8), sum);
        Assert.Equal(35, sum.Responses);
    }

    [Fact]
    public void There_is_no_interval_without_trials()
    {
        Assert.Null(WilsonInterval.Of(0, 0));
    }
}
