namespace ServiceQuality.LocalHost.Timers;

/// <summary>A timer job and its six-field cron schedule (UTC), as a [TimerTrigger] function declares it.</summary>
public sealed record TimerBinding(string FunctionName, string Schedule, Func<IServiceProvider, CancellationToken, Task> Run);
