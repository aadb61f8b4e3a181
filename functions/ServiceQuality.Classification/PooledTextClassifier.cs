namespace ServiceQuality.Classification;

/// <summary>
/// Thread-safe classifier over one trained model. Featurisation is immutable and shared; models of
/// the ML.NET trainers are scored through a pool of prediction engines (they are not thread-safe and
/// costly to build), models of the linear SVM by their immutable weights directly. To serve a newly
/// promoted model, create a new instance and swap the reference.
/// </summary>
public sealed class PooledTextClassifier : ITextClassifier, IDisposable
{
    private readonly TrainedModel _model;
    private readonly IFeatureScorer _scorer;
    private volatile bool _disposed;

    public PooledTextClassifier(TrainedModel model, int maximumRetained = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegative(maximumRetained);
        _model = model;
        _scorer = model.CreateScorer(maximumRetained > 0 ? maximumRetained : Environment.ProcessorCount * 2);
    }

    public IReadOnlyList<string> Labels => _model.Labels;

    public ModelMetadata Metadata => _model.Metadata;

    public TextPrediction Predict(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Also when the scorer holds nothing to release: whoever retires a model relies on a disposed
        // classifier refusing work rather than silently serving a replaced version.
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _model.ToPrediction(_scorer.Score(_model.Featurizer.Transform(text)));
    }

    public void Dispose()
    {
        _disposed = true;
        (_scorer as IDisposable)?.Dispose();
    }
}
