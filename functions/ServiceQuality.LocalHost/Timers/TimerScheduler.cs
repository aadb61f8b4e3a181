using Cronos;

namespace ServiceQuality.LocalHost.Timers;

/// <summary>Runs one timer job on its cron schedule in UTC, as the Functions timer trigger does on Linux.</summary>
public sealed class TimerScheduler(TimerBinding binding, IServiceProvider services, TimeProvider time, ILogger<TimerScheduler> logger) : BackgroundService
{
    private readonly CronExpression _schedule = CronExpression.Parse(binding.Schedule, CronFormat.IncludeSeconds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = _schedule.GetNextOccurrence(now.UtcDateTime, TimeZoneInfo.Utc);
            if (next is null)
            {
                return;
            }
            try
            {
                await Task.Delay(next.Value - now.UtcDateTime, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try
            {
                using var scope = services.CreateScope();
                await binding.Run(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Timer {Function} failed; it runs again at its next occurrence.", binding.FunctionName);
            }
        }
    }
}
