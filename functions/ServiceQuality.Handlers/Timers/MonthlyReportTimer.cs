using Microsoft.Extensions.Logging;
using ServiceQuality.Domain.Reports;

namespace ServiceQuality.Handlers.Timers;

/// <summary>On the first of each month: the managers' summary of the month just ended.</summary>
public sealed class MonthlyReportTimer(MonthlyReportMailer mailer, ILogger<MonthlyReportTimer> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var queued = await mailer.SendAsync(cancellationToken);
        logger.LogInformation("Monthly report summary: {Count} e-mails queued.", queued);
    }
}
