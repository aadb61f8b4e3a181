namespace ServiceQuality.Domain.Classification;

/// <summary>Bound from the "Classification" configuration section.</summary>
public sealed class ClassificationOptions
{
    public const string Section = "Classification";

    /// <summary>A case classified with less confidence than this goes to staff for review instead of being routed.</summary>
    public float ReviewThreshold { get; set; } = 0.5f;
}
