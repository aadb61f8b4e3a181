namespace ServiceQuality.Domain.SurveyTokens;

/// <summary>Where token-to-transaction links are kept until the token is used or expires.</summary>
public interface ITransactionLinkStore
{
    Task SaveAsync(TransactionLink link, CancellationToken cancellationToken);

    /// <summary>Deletes the link; false when there was none (already deleted, or purged).</summary>
    Task<bool> DeleteAsync(string surveyId, string tokenId, CancellationToken cancellationToken);

    /// <summary>Deletes every link that expired before <paramref name="now"/>; returns how many.</summary>
    Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);

    Task<TransactionLink?> FindAsync(string surveyId, string tokenId, CancellationToken cancellationToken);
}
