namespace ServiceQuality.ModelRegistry.Tests.Training;

public sealed class PromotionDecisionTests
{
    private static readonly CurrentModel Current = new("m", "20261123T190501Z", 0.80, DateTimeOffset.UnixEpoch, "test");

    [Theory]
    [InlineData(PromotionRule.IfNotWorse)]
    [InlineData(PromotionRule.Always)]
    [InlineData(PromotionRule.OnlyIfNoCurrentModel)]
    public void Without_a_current_model_every_rule_promotes(PromotionRule rule)
    {
        var decision = PromotionDecision.Decide(rule, 0.1, current: null);

        Assert.True(decision.Promote);
        Assert.Equal("there was no current model", decision.Reason);
    }

    [Theory]
    [InlineData(0.80, true)]
    [InlineData(0.81, true)]
    [InlineData(0.79, false)]
    public void Not_worse_means_equal_or_better_macro_f1(double macroF1, bool promote)
    {
        var decision = PromotionDecision.Decide(PromotionRule.IfNotWorse, macroF1, Current);

        Assert.Equal(promote, decision.Promote);
        Assert.Contains("20261123T190501Z", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("0.8000", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Forcing_promotes_a_worse_model()
    {
        Assert.True(PromotionDecision.Decide(PromotionRule.Always, 0.1, Current).Promote);
    }

    [Theory]
    [InlineData(0.70, 0.70, true)]
    [InlineData(0.71, 0.70, true)]
    [InlineData(0.69, 0.70, false)]
    public void On_an_evaluation_split_not_worse_compares_both_versions_on_it_not_the_recorded_figures(double candidate, double current, bool promote)
    {
        // The cross-validated figure (0.99 against 0.80 recorded) would promote; the split decides.
        var decision = PromotionDecision.Decide(PromotionRule.IfNotWorse, 0.99, Current, new SplitComparison(candidate, current, 40));

        Assert.Equal(promote, decision.Promote);
        Assert.Contains("fixed evaluation split (40 examples)", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("20261123T190501Z", decision.Reason, StringComparison.Ordinal);
        Assert.Contains(current.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture), decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_current_version_that_cannot_be_scored_is_replaced_and_the_reason_says_why()
    {
        var decision = PromotionDecision.Decide(PromotionRule.IfNotWorse, 0.5, Current, new SplitComparison(0.5, null, 40, "The model archive has no 'model.zip'."));

        Assert.True(decision.Promote);
        Assert.Contains("could not be scored", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("model.zip", decision.Reason, StringComparison.Ordinal);
    }
}
