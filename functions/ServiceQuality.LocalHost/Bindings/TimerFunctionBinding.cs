using Microsoft.Azure.Functions.Worker;
using ServiceQuality.LocalHost.Timers;

namespace ServiceQuality.LocalHost.Bindings;

/// <summary>Turns a [TimerTrigger] function into the scheduler's binding: each run gets a TimerInfo and the stopping token.</summary>
public static class TimerFunctionBinding
{
    public static TimerBinding For(TimerFunction function) =>
        new(function.Name, function.Schedule, (services, timer, cancellationToken) =>
            FunctionInvoker.InvokeAsync(function, services, function.Parameters
                .Select(p => p.ParameterType == typeof(CancellationToken) ? cancellationToken
                    : p.ParameterType == typeof(TimerInfo) ? (object)timer
                    : null)
                .ToArray()));
}
