namespace ServiceQuality.Domain.Integrity;

/// <summary>Where the managers' publication decisions are kept, one per survey.</summary>
public interface ISurveyPublicationStore
{
    Task SaveAsync(SurveyPublication publication, CancellationToken cancellationToken);

    Task<IReadOnlyList<SurveyPublication>> ListAsync(CancellationToken cancellationToken);
}
