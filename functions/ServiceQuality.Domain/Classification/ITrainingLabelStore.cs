namespace ServiceQuality.Domain.Classification;

public interface ITrainingLabelStore
{
    Task AddAsync(TrainingLabel label, CancellationToken cancellationToken);

    IAsyncEnumerable<TrainingLabel> ListAsync(string model, CancellationToken cancellationToken);
}
