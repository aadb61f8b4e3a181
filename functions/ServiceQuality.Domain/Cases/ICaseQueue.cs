namespace ServiceQuality.Domain.Cases;

public interface ICaseQueue
{
    Task EnqueueAsync(CaseToClassify message, CancellationToken cancellationToken);
}
