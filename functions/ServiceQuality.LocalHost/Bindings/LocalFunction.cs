using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace ServiceQuality.LocalHost.Bindings;

/// <summary>One [Function] method of the Functions app, as the local host runs it.</summary>
public abstract record LocalFunction(string Name, MethodInfo Method)
{
    public IReadOnlyList<ParameterInfo> Parameters { get; } = Method.GetParameters();

    /// <summary>Creates the function's class from an invocation's services; built once, as looking up the constructor is the slow part.</summary>
    public ObjectFactory? CreateInstance { get; } = Method.IsStatic ? null : ActivatorUtilities.CreateFactory(Method.DeclaringType!, Type.EmptyTypes);
}

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
