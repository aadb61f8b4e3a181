namespace ServiceQuality.Classification.Engine;

/// <summary>Output of the ML.NET part: one score per label, in label-list order.</summary>
internal sealed class ScoreRow
{
    public float[] Score { get; set; } = [];
}
