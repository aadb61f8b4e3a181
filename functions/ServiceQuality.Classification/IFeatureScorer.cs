using Microsoft.ML.Data;

namespace ServiceQuality.Classification;

/// <summary>
/// Scores one feature vector at a time and may be called from many threads at once. The scores are
/// one per label in label-list order; <see cref="TrainedModel.ToPrediction"/> turns them into confidences.
/// A scorer that holds resources (pooled ML.NET engines) is also <see cref="IDisposable"/>.
/// </summary>
internal interface IFeatureScorer
{
    float[] Score(VBuffer<float> features);
}
