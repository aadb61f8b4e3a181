using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace ServiceQuality.LocalHost.Bindings;

/// <summary>One [Function] method of the Functions app, as the local host runs it.</summary>
public abstract record LocalFunction(string Name, MethodInfo Method);

/// <summary>An [HttpTrigger] function: its route (without host.json's routePrefix), methods (null: any) and key requirement.</summary>
public sealed record HttpFunction(string Name, MethodInfo Method, string Route, IReadOnlyList<string>? Methods, AuthorizationLevel Level)
    : LocalFunction(Name, Method)
{
    /// <summary>Function, System and Admin levels all need a key; locally there is one, LocalFunctionKey.</summary>
    public bool RequiresKey => Level != AuthorizationLevel.Anonymous;
}

/// <summary>A [QueueTrigger] function: the queue it listens to and the type its messages bind to.</summary>
public sealed record QueueFunction(string Name, MethodInfo Method, string QueueName, string? Connection, Type MessageType)
    : LocalFunction(Name, Method);

/// <summary>A [TimerTrigger] function and its six-field cron schedule (UTC), with any %Setting% resolved.</summary>
public sealed record TimerFunction(string Name, MethodInfo Method, string Schedule, bool RunOnStartup)
    : LocalFunction(Name, Method);
