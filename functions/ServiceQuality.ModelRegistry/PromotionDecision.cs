using System.Globalization;

namespace ServiceQuality.ModelRegistry;

/// <summary>Whether a version with a given macro-F1 should replace the current one, and the reason in words.</summary>
internal sealed record PromotionDecision(bool Promote, string Reason)
{
    // metrics.json round-trips doubles exactly; the margin only absorbs arithmetic noise between runs.
    private const double Tolerance = 1e-9;

    public static PromotionDecision Decide(PromotionRule rule, double macroF1, CurrentModel? current)
    {
        var culture = CultureInfo.InvariantCulture;
        if (current is null)
        {
            return new PromotionDecision(true, "there was no current model");
        }

        return rule switch
        {
            PromotionRule.Always => new PromotionDecision(
                true,
                string.Create(culture, $"promotion was forced (version {current.Version} had macro-F1 {current.MacroF1:0.0000})")),
            PromotionRule.OnlyIfNoCurrentModel => new PromotionDecision(
                false,
                $"version {current.Version} became current meanwhile and stays current"),
            _ when macroF1 >= current.MacroF1 - Tolerance => new PromotionDecision(
                true,
                string.Create(culture, $"macro-F1 {macroF1:0.0000} is not worse than {current.MacroF1:0.0000} of version {current.Version}")),
            _ => new PromotionDecision(
                false,
                string.Create(culture, $"macro-F1 {macroF1:0.0000} is worse than {current.MacroF1:0.0000} of current version {current.Version}")),
        };
    }
}
