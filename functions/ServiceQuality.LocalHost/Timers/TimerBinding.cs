using Microsoft.Azure.Functions.Worker;

namespace ServiceQuality.LocalHost.Timers;

/// <summary>A timer function and its six-field cron schedule (UTC), as its [TimerTrigger] declares it.</summary>
public sealed record TimerBinding(string FunctionName, string Schedule, Func<IServiceProvider, TimerInfo, CancellationToken, Task> Run);
