using ServiceQuality.Domain.Classification;

namespace ServiceQuality.ModelRegistry;

/// <summary>The domain's classifier port, answered by the current version of the named model.</summary>
public sealed class RegistryTextClassifier(ModelServer registry) : ITextClassifierPort
{
    public async Task<TextClassification> ClassifyAsync(string model, string text, CancellationToken cancellationToken)
    {
        var result = await registry.PredictAsync(model, text, cancellationToken);
        return new TextClassification(result.Prediction.Label, result.Prediction.Confidence);
    }
}
