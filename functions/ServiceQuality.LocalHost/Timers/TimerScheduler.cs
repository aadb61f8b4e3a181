using Cronos;
using Microsoft.Azure.Functions.Worker;

namespace ServiceQuality.LocalHost.Timers;

/// <summary>Runs one timer function on its cron schedule in UTC, as the Functions timer trigger does on Linux.</summary>
public sealed class TimerScheduler(TimerBinding binding, IServiceProvider services, TimeProvider time, ILogger<TimerScheduler> logger) : BackgroundService
{
    private readonly CronExpression _schedule = CronExpression.Parse(binding.Schedule, CronFormat.IncludeSeconds);

    public TimerBinding Binding => binding;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        DateTime? last = null;
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
            var timer = new TimerInfo
            {
                ScheduleStatus = new ScheduleStatus
                {
                    Last = last ?? DateTime.MinValue,
                    Next = _schedule.GetNextOccurrence(next.Value, TimeZoneInfo.Utc) ?? DateTime.MaxValue,
                    LastUpdated = time.GetUtcNow().UtcDateTime,
                },
                IsPastDue = false,
            };
            last = next.Value;
            try
            {
                using var scope = services.CreateScope();
                await binding.Run(scope.ServiceProvider, timer, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Timer {Function} failed; it runs again at its next occurrence.", binding.FunctionName);
            }
        }
    }
}
