using Microsoft.ML.Data;

namespace ServiceQuality.Classification.Engine;

/// <summary>Output of <see cref="CharNGramTermFrequencyMapping"/>: sublinear term frequencies by hashed n-gram.</summary>
public sealed class TermFrequencyRow
{
    [VectorType(CharNGramHashing.BucketCount)]
    public VBuffer<float> TermFrequencies { get; set; }

    /// <summary>Always 1: the constant feature that carries the learner's bias (see <c>MarginCentroids</c>).</summary>
    public float Bias { get; set; }
}
