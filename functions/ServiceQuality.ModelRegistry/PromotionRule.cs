namespace ServiceQuality.ModelRegistry;

/// <summary>When a newly trained version becomes the current one.</summary>
public enum PromotionRule
{
    /// <summary>If its cross-validated macro-F1 is not worse than the current version's, or there is none.</summary>
    IfNotWorse,

    /// <summary>Always, e.g. to roll back or after the labels themselves were changed.</summary>
    Always,

    /// <summary>
    /// Only if no version is current: a default model trained on demand must not replace one another
    /// instance promoted meanwhile.
    /// </summary>
    OnlyIfNoCurrentModel,
}
