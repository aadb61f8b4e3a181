using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Surveys;

/// <summary>
/// The five-point satisfaction scale used by every survey: 5 非常滿意 … 1 非常不滿意, plus 不適用.
/// </summary>
public static class LikertScale
{
    public const int Min = 1;
    public const int Max = 5;

    /// <summary>The answer a respondent gives when the question does not apply to them.</summary>
    public const string NotApplicable = "na";

    /// <summary>Top-two-box: 滿意 and 非常滿意 count as satisfied.</summary>
    public const int SatisfiedThreshold = 4;

    public static IReadOnlyList<(int Score, LocalizedText Label)> Points { get; } =
    [
        (5, LocalizedText.Of("非常滿意", "Very satisfied")),
        (4, LocalizedText.Of("滿意", "Satisfied")),
        (3, LocalizedText.Of("普通", "Neutral")),
        (2, LocalizedText.Of("不滿意", "Dissatisfied")),
        (1, LocalizedText.Of("非常不滿意", "Very dissatisfied")),
    ];

    public static LocalizedText NotApplicableLabel { get; } = LocalizedText.Of("不適用", "Not applicable");

    public static bool IsSatisfied(int score) => score >= SatisfiedThreshold;
}
