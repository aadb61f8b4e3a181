namespace ServiceQuality.LocalHost.Queues;

/// <summary>A queue and the handler its messages go to, as a [QueueTrigger] function binds them.</summary>
public sealed record QueueBinding(string FunctionName, string QueueName, Func<IServiceProvider, string, CancellationToken, Task> Handle);
