using Microsoft.Extensions.Logging;
using ServiceQuality.Domain.SurveyTokens;

namespace ServiceQuality.Handlers.Timers;

/// <summary>Daily: deletes the transaction links of survey tokens that expired unused.</summary>
public sealed class SurveyTokenPurgeTimer(SurveyTokenService tokens, ILogger<SurveyTokenPurgeTimer> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var purged = await tokens.PurgeExpiredAsync(cancellationToken);
        logger.LogInformation("Deleted the transaction links of {Count} expired survey tokens.", purged);
        return purged;
    }
}
