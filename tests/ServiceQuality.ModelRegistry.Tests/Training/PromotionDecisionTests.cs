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
}
