using ServiceQuality.Classification;

namespace ServiceQuality.ModelRegistry;

/// <summary>A prediction and the model version that made it, so a decision can be traced to its model.</summary>
public sealed record ModelPrediction(string Model, string Version, TextPrediction Prediction);
