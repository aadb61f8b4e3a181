using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ServiceQuality.Domain.Classification;

namespace ServiceQuality.ModelRegistry.Tests.Support;

/// <summary>Labels people gave, kept in memory: retraining only needs to list them.</summary>
internal sealed class InMemoryTrainingLabelStore : ITrainingLabelStore
{
    private readonly ConcurrentQueue<TrainingLabel> _labels = new();

    public Task AddAsync(TrainingLabel label, CancellationToken cancellationToken)
    {
        _labels.Enqueue(label);
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<TrainingLabel> ListAsync(string model, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var label in _labels.Where(label => label.Model == model))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return label;
        }
    }
}
