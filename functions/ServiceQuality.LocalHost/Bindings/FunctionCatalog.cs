using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;

namespace ServiceQuality.LocalHost.Bindings;

/// <summary>
/// Every [Function] method of an assembly, read from its trigger attributes as the Worker SDK reads them to
/// write functions.metadata. A binding the local host cannot run stops the start with the function's name,
/// rather than leaving a deployed function untested.
/// </summary>
public sealed partial class FunctionCatalog
{
    private FunctionCatalog(IReadOnlyList<HttpFunction> http, IReadOnlyList<QueueFunction> queues, IReadOnlyList<TimerFunction> timers)
    {
        Http = http;
        Queues = queues;
        Timers = timers;
    }

    public IReadOnlyList<HttpFunction> Http { get; }

    public IReadOnlyList<QueueFunction> Queues { get; }

    public IReadOnlyList<TimerFunction> Timers { get; }

    public IEnumerable<LocalFunction> All => Http.Cast<LocalFunction>().Concat(Queues).Concat(Timers);

    /// <param name="configuration">Resolves %Setting% in queue names and schedules, as the Functions host does from app settings.</param>
    public static FunctionCatalog Read(Assembly assembly, IConfiguration configuration)
    {
        var http = new List<HttpFunction>();
        var queues = new List<QueueFunction>();
        var timers = new List<TimerFunction>();
        var methods = assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Function: m.GetCustomAttribute<FunctionAttribute>()))
            .Where(m => m.Function is not null);
        foreach (var (method, function) in methods)
        {
            var name = function!.Name;
            var parameters = method.GetParameters();
            if (Trigger<HttpTriggerAttribute>(parameters) is { } httpTrigger)
            {
                http.Add(new HttpFunction(name, method, httpTrigger.Attribute.Route ?? name,
                    httpTrigger.Attribute.Methods?.Select(m => m.ToUpperInvariant()).ToList(), httpTrigger.Attribute.AuthLevel));
            }
            else if (Trigger<QueueTriggerAttribute>(parameters) is { } queueTrigger)
            {
                queues.Add(new QueueFunction(name, method, Resolve(queueTrigger.Attribute.QueueName, configuration, name),
                    queueTrigger.Attribute.Connection, queueTrigger.Parameter.ParameterType));
            }
            else if (Trigger<TimerTriggerAttribute>(parameters) is { } timerTrigger)
            {
                timers.Add(new TimerFunction(name, method, Resolve(timerTrigger.Attribute.Schedule, configuration, name), timerTrigger.Attribute.RunOnStartup));
            }
            else
            {
                throw new InvalidOperationException($"Function {name} has a trigger the local host does not run; map it in {nameof(FunctionCatalog)}.");
            }
            FunctionInvoker.CheckSignature(name, method);
        }
        return new FunctionCatalog(http, queues, timers);
    }

    private static (T Attribute, ParameterInfo Parameter)? Trigger<T>(IEnumerable<ParameterInfo> parameters) where T : Attribute =>
        parameters.Select(p => (Attribute: p.GetCustomAttribute<T>(), Parameter: p)).FirstOrDefault(p => p.Attribute is not null) is { Attribute: { } attribute } found
            ? (attribute, found.Parameter)
            : null;

    /// <summary>Replaces each %Name% with the app setting Name; a missing setting is an error, as in Azure.</summary>
    private static string Resolve(string value, IConfiguration configuration, string function) =>
        SettingReference().Replace(value, m => configuration[m.Groups[1].Value]
            ?? throw new InvalidOperationException($"Function {function} refers to the app setting {m.Groups[1].Value}, which is not set."));

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex SettingReference();
}
