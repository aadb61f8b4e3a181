using System.Reflection;
using System.Text;
using System.Text.Json;
using Azure.Core.Serialization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using ServiceQuality.LocalHost.Queues;

namespace ServiceQuality.LocalHost.Bindings;

/// <summary>Turns a [QueueTrigger] function into the queue listener's binding: each message is bound to the trigger parameter.</summary>
public static class QueueFunctionBinding
{
    public static QueueBinding For(QueueFunction function) =>
        new(function.Name, function.QueueName, (services, message, cancellationToken) =>
            FunctionInvoker.InvokeAsync(function, services,
                function.Parameters.Select(p => Argument(p, function, services, message, cancellationToken)).ToArray()));

    private static object? Argument(ParameterInfo parameter, QueueFunction function, IServiceProvider services, string message, CancellationToken cancellationToken) => parameter switch
    {
        _ when parameter.IsDefined(typeof(QueueTriggerAttribute), false) => Deserialize(message, function.MessageType, services, cancellationToken),
        { ParameterType: var t } when t == typeof(CancellationToken) => cancellationToken,
        _ => null,
    };

    // What the Worker binds with unless WorkerOptions.Serializer is set: System.Text.Json with case-insensitive
    // property names (its defaults configure JsonSerializerOptions so), so a message it could not bind fails here too.
    private static readonly JsonObjectSerializer WorkerDefault = new(new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    /// <summary>A string parameter gets the text; any other type is bound from JSON as the Worker binds it.</summary>
    public static object Deserialize(string message, Type type, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (type == typeof(string))
        {
            return message;
        }
        var serializer = services.GetService<IOptions<WorkerOptions>>()?.Value.Serializer ?? WorkerDefault;
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(message));
        return serializer.Deserialize(json, type, cancellationToken)
            ?? throw new JsonException($"The message is not a {type.Name}.");
    }
}
