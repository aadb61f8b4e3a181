using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ServiceQuality.Classification;

/// <summary>
/// ML.NET prediction engines are not thread-safe and costly to build, so concurrent callers share a
/// pool of them.
/// </summary>
internal sealed class PooledEngineScorer : IFeatureScorer, IDisposable
{
    private readonly ObjectPool<PredictionEngine<FeatureRow, ScoreRow>> _engines;

    public PooledEngineScorer(Func<PredictionEngine<FeatureRow, ScoreRow>> createEngine, int maximumRetained)
    {
        var provider = new DefaultObjectPoolProvider { MaximumRetained = maximumRetained };
        _engines = provider.Create(new EnginePolicy(createEngine));

        // Build one engine now so a broken model fails at load time, not on the first request.
        _engines.Return(_engines.Get());
    }

    public float[] Score(VBuffer<float> features)
    {
        var engine = _engines.Get();
        try
        {
            // Predict fills a new row with a new array, so the scores stay valid once the engine is back in the pool.
            return engine.Predict(new FeatureRow { Features = features }).Score;
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    public void Dispose() => (_engines as IDisposable)?.Dispose();

    private sealed class EnginePolicy(Func<PredictionEngine<FeatureRow, ScoreRow>> createEngine)
        : IPooledObjectPolicy<PredictionEngine<FeatureRow, ScoreRow>>
    {
        public PredictionEngine<FeatureRow, ScoreRow> Create() => createEngine();

        public bool Return(PredictionEngine<FeatureRow, ScoreRow> obj) => true;
    }
}
