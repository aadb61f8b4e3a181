using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace ServiceQuality.LocalHost.Bindings;

/// <summary>
/// Calls a [Function] method the way the Worker does: a new instance of its class per invocation, built by
/// ActivatorUtilities from the invocation's services, the bound arguments, and the awaited return value.
/// </summary>
public static class FunctionInvoker
{
    private static readonly Type[] TriggerAttributes = [typeof(HttpTriggerAttribute), typeof(QueueTriggerAttribute), typeof(TimerTriggerAttribute)];

    /// <summary>Refuses at start a parameter or return type the local host would not bind as the Worker does.</summary>
    public static void CheckSignature(string function, MethodInfo method)
    {
        foreach (var parameter in method.GetParameters())
        {
            var bindable = TriggerAttributes.Any(a => parameter.IsDefined(a))
                || parameter.ParameterType == typeof(CancellationToken)
                || parameter.ParameterType == typeof(string);
            if (!bindable)
            {
                throw new InvalidOperationException(
                    $"Function {function}: the local host cannot bind parameter {parameter.Name} ({parameter.ParameterType.Name}); "
                    + "use the trigger, route values as strings and CancellationToken.");
            }
        }
        var returns = method.ReturnType;
        if (returns.IsGenericType && returns.GetGenericTypeDefinition() == typeof(ValueTask<>) || returns == typeof(ValueTask))
        {
            throw new InvalidOperationException($"Function {function}: return Task or Task<T>, not ValueTask.");
        }
    }

    public static async Task<object?> InvokeAsync(LocalFunction function, IServiceProvider services, object?[] arguments)
    {
        var method = function.Method;
        var instance = function.CreateInstance?.Invoke(services, null);
        try
        {
            // DoNotWrapExceptions: a handler's own exception reaches the request guard and the queue retry
            // as thrown, not wrapped in TargetInvocationException.
            var returned = method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
            if (returned is not Task task)
            {
                return returned;
            }
            await task;
            return method.ReturnType.IsGenericType ? method.ReturnType.GetProperty(nameof(Task<object>.Result))!.GetValue(task) : null;
        }
        finally
        {
            switch (instance)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }
}
