using System.Globalization;

namespace ServiceQuality.ModelRegistry;

/// <summary>Whether a new version should replace the current one, and the reason in words.</summary>
internal sealed record PromotionDecision(bool Promote, string Reason)
{
    // metrics.json round-trips doubles exactly; the margin only absorbs arithmetic noise between runs.
    private const double Tolerance = 1e-9;

    /// <param name="macroF1">The new version's cross-validated macro-F1.</param>
    /// <param name="split">
    /// Both versions scored on the fixed evaluation split; null when the data was too small to hold one
    /// out, and the cross-validated figures are compared instead.
    /// </param>
    public static PromotionDecision Decide(PromotionRule rule, double macroF1, CurrentModel? current, SplitComparison? split = null)
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
            _ when split is { Current: null } => new PromotionDecision(
                true,
                $"current version {current.Version} could not be scored on the fixed evaluation split ({split.CurrentUnavailable})"),
            _ when split is { Current: { } currentOnSplit } && split.Candidate >= currentOnSplit - Tolerance => new PromotionDecision(
                true,
                string.Create(culture, $"macro-F1 {split.Candidate:0.0000} on the fixed evaluation split ({split.Examples} examples) is not worse than {currentOnSplit:0.0000} of version {current.Version}")),
            _ when split is { Current: { } currentOnSplit } => new PromotionDecision(
                false,
                string.Create(culture, $"macro-F1 {split.Candidate:0.0000} on the fixed evaluation split ({split.Examples} examples) is worse than {currentOnSplit:0.0000} of current version {current.Version}")),
            _ when macroF1 >= current.MacroF1 - Tolerance => new PromotionDecision(
                true,
                string.Create(culture, $"cross-validated macro-F1 {macroF1:0.0000} is not worse than {current.MacroF1:0.0000} of version {current.Version} (too few examples for an evaluation split)")),
            _ => new PromotionDecision(
                false,
                string.Create(culture, $"cross-validated macro-F1 {macroF1:0.0000} is worse than {current.MacroF1:0.0000} of current version {current.Version} (too few examples for an evaluation split)")),
        };
    }
}
