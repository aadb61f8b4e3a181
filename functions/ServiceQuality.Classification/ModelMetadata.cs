namespace ServiceQuality.Classification;

/// <summary>What a saved model says about itself, so a promoted model can be traced to its training run.</summary>
/// <param name="Labels">In the order of the chain's score slots.</param>
/// <param name="MarginsPerDistance">
/// SVM margin per unit of the chain's scores (squared distances, see <c>MarginCentroids</c>): margin_k =
/// −score_k × this, plus a constant shared by all labels.
/// </param>
public sealed record ModelMetadata(
    DateTimeOffset TrainedAt,
    int ExampleCount,
    string PipelineVersion,
    string Learner,
    IReadOnlyList<string> Labels,
    float MarginsPerDistance);
