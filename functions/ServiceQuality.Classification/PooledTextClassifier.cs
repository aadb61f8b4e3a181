using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace ServiceQuality.Classification;

/// <summary>
/// Thread-safe classifier over one trained model. ML.NET prediction engines are not thread-safe
/// and costly to build, so they are pooled; featurisation is immutable and shared. To serve a
/// newly promoted model, create a new instance and swap the reference.
/// </summary>
public sealed class PooledTextClassifier : ITextClassifier, IDisposable
{
    private readonly TrainedModel _model;
    private readonly ObjectPool<PredictionEngine<FeatureRow, ScoreRow>> _engines;

    public PooledTextClassifier(TrainedModel model, int maximumRetained = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegative(maximumRetained);
        _model = model;
        var provider = new DefaultObjectPoolProvider
        {
            MaximumRetained = maximumRetained > 0 ? maximumRetained : Environment.ProcessorCount * 2,
        };
        _engines = provider.Create(new EnginePolicy(model));

        // Build one engine now so a broken model fails at load time, not on the first request.
        _engines.Return(_engines.Get());
    }

    public IReadOnlyList<string> Labels => _model.Labels;

    public ModelMetadata Metadata => _model.Metadata;

    public TextPrediction Predict(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var row = new FeatureRow { Features = _model.Featurizer.Transform(text) };
        var engine = _engines.Get();
        try
        {
            return _model.ToPrediction(engine.Predict(row).Score);
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    public void Dispose() => (_engines as IDisposable)?.Dispose();

    private sealed class EnginePolicy(TrainedModel model) : IPooledObjectPolicy<PredictionEngine<FeatureRow, ScoreRow>>
    {
        public PredictionEngine<FeatureRow, ScoreRow> Create() => model.CreatePredictionEngine();

        public bool Return(PredictionEngine<FeatureRow, ScoreRow> obj) => true;
    }
}
