namespace ServiceQuality.LocalHost.Queues;

/// <summary>A queue and the function its messages go to, as its [QueueTrigger] declares it.</summary>
public sealed record QueueBinding(string FunctionName, string QueueName, Func<IServiceProvider, string, CancellationToken, Task> Handle);
