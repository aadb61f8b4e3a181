namespace ServiceQuality.Classification;

/// <summary>Classifies free text; implementations are safe to call from many threads at once.</summary>
public interface ITextClassifier
{
    IReadOnlyList<string> Labels { get; }

    TextPrediction Predict(string text);
}
