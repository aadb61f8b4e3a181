using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using ServiceQuality.Classification.Engine;

namespace ServiceQuality.Classification;

/// <summary>
/// Thread-safe classifier over one trained model, ML.NET's PredictionEnginePool pattern: prediction
/// engines are not thread-safe and costly to build, so concurrent callers share a pool of them. To
/// serve a newly promoted model, create a new instance and swap the reference.
/// </summary>
public sealed class PooledTextClassifier : ITextClassifier, IDisposable
{
    private readonly TrainedModel _model;
    private readonly ObjectPool<PredictionEngine<TextRow, ScoreRow>> _engines;
    private volatile bool _disposed;

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

        // Whoever retires a model relies on a disposed classifier refusing work rather than silently
        // serving a replaced version.
        ObjectDisposedException.ThrowIf(_disposed, this);
        var engine = _engines.Get();
        try
        {
            // Predict fills a new row with a new array, so the scores stay valid once the engine is back in the pool.
            return _model.ToPrediction(engine.Predict(new TextRow { Text = text }).Score);
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        (_engines as IDisposable)?.Dispose();
    }

    private sealed class EnginePolicy(TrainedModel model) : IPooledObjectPolicy<PredictionEngine<TextRow, ScoreRow>>
    {
        public PredictionEngine<TextRow, ScoreRow> Create() => model.CreateEngine();

        public bool Return(PredictionEngine<TextRow, ScoreRow> obj) => true;
    }
}
