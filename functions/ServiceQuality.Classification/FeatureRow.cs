using Microsoft.ML.Data;

namespace ServiceQuality.Classification;

/// <summary>Input of the ML.NET part of the model: the precomputed TF-IDF vector.</summary>
internal sealed class FeatureRow
{
    public VBuffer<float> Features { get; set; }
}
