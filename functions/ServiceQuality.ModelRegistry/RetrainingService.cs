using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceQuality.Classification;
using ServiceQuality.Domain.Classification;

namespace ServiceQuality.ModelRegistry;

/// <summary>
/// Retrains a model on its seed data plus every label people gave since, and promotes the result only if
/// it is not worse than the model in service. Run monthly for all models and on demand from the command line.
/// </summary>
public sealed class RetrainingService(
    SeedData seedData,
    ITrainingLabelStore labels,
    ModelTrainingService training,
    IOptions<ModelsOptions> options,
    ILogger<RetrainingService> logger)
{
    public async Task<IReadOnlyList<LabelledText>> BuildTrainingSetAsync(string model, CancellationToken cancellationToken)
    {
        IReadOnlyList<LabelledText> seed = seedData.Exists(model) ? await seedData.ReadAsync(model, cancellationToken) : [];
        var human = new List<TrainingLabel>();
        await foreach (var label in labels.ListAsync(model, cancellationToken))
        {
            human.Add(label);
        }

        return TrainingSetMerger.Merge(seed, human);
    }

    public async Task<TrainingRunResult> RetrainAsync(string model, CancellationToken cancellationToken)
    {
        var data = await BuildTrainingSetAsync(model, cancellationToken);
        if (data.Count == 0)
        {
            throw new TrainingDataException($"Model '{model}' has neither seed data ({seedData.PathFor(model)}) nor labels given by people.");
        }

        return await training.TrainAsync(model, data, force: false, options.Value.Folds, cancellationToken);
    }

    /// <summary>
    /// Retrains every model of <see cref="ModelNames.All"/>. One model's failure does not stop the others;
    /// it is reported at the end with the results of those that succeeded.
    /// </summary>
    public async Task<IReadOnlyList<TrainingRunResult>> RetrainAllAsync(CancellationToken cancellationToken)
    {
        var results = new List<TrainingRunResult>();
        var failures = new List<Exception>();
        foreach (var model in ModelNames.All)
        {
            try
            {
                results.Add(await RetrainAsync(model, cancellationToken));
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogError(e, "Retraining model {Model} failed.", model);
                failures.Add(new InvalidOperationException($"Retraining model '{model}' failed: {e.Message}", e));
            }
        }

        return failures.Count == 0 ? results : throw new RetrainingFailedException(results, failures);
    }
}
