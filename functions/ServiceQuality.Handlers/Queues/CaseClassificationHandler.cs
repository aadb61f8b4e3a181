using ServiceQuality.Domain.Cases;

namespace ServiceQuality.Handlers.Queues;

/// <summary>
/// Queue cases-to-classify: classifies and routes each new case. A failure is thrown, so the queue retries the
/// message and finally moves it to the poison queue; classifying a case twice changes nothing the second time.
/// </summary>
public sealed class CaseClassificationHandler(CaseClassificationService classification)
{
    public Task HandleAsync(CaseToClassify message, CancellationToken cancellationToken) =>
        classification.ClassifyAsync(message, cancellationToken);
}
