using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using ServiceQuality.Handlers.Http;
using ServiceQuality.LocalHost;
using ServiceQuality.Storage;
using ServiceQuality.Storage.Configuration;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Hosting;

/// <summary>
/// The Functions app cannot be built where its packages are missing, so its source is read instead:
/// every function it declares must exist in the local host with the same name, methods, route and queue,
/// and the local host must declare nothing the Functions app lacks.
/// </summary>
public sealed partial class FunctionsParityTests
{
    private static readonly string FunctionsSource = string.Join('\n',
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "functions", "ServiceQuality.Functions"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));

    [Fact]
    public void Every_http_function_has_the_same_route_method_and_key_requirement_in_the_local_host()
    {
        var declared = HttpFunction().Matches(FunctionsSource)
            .Select(m => (Name: m.Groups["name"].Value, Method: m.Groups["method"].Value.ToUpperInvariant(), Route: RouteValue(m.Groups["route"].Value),
                Staff: m.Groups["level"].Value == "Function"))
            .OrderBy(f => f.Name)
            .ToList();
        var local = LocalEndpoints().OrderBy(e => e.Name).ToList();

        Assert.NotEmpty(declared);
        Assert.Equal(declared, local);
    }

    [Fact]
    public void Every_queue_function_listens_to_the_same_queue_in_the_local_host()
    {
        var declared = QueueFunction().Matches(FunctionsSource)
            .Select(m => (Name: m.Groups["name"].Value, Queue: ConstantValue(typeof(QueueNames), m.Groups["queue"].Value)))
            .OrderBy(f => f.Name)
            .ToList();
        var local = LocalFunctions.Queues.Select(q => (Name: q.FunctionName, Queue: q.QueueName)).OrderBy(f => f.Name).ToList();

        Assert.NotEmpty(declared);
        Assert.Equal(declared, local);
    }

    [Fact]
    public void Every_function_class_method_is_a_single_expression()
    {
        // One-line adapters: any logic in the Functions app would go untested where it cannot be built.
        var bodies = FunctionBody().Matches(FunctionsSource).Select(m => m.Value).ToList();

        Assert.NotEmpty(bodies);
        Assert.All(bodies, body => Assert.Contains(") =>", body));
    }

    private static IEnumerable<(string Name, string Method, string Route, bool Staff)> LocalEndpoints()
    {
        var app = LocalHostApp.Build([], RepositoryPaths.Root, new Dictionary<string, string?> { ["AzureWebJobsStorage"] = AzuriteDefaults.ConnectionString });
        return ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (
                Name: e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? "",
                Method: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Single() ?? "",
                Route: e.RoutePattern.RawText!.TrimStart('/'),
                Staff: e.Metadata.GetMetadata<LocalFunctions.StaffOnly>() is not null));
    }

    private static string RouteValue(string constant) => ConstantValue(typeof(Routes), constant);

    private static string ConstantValue(Type type, string name) =>
        (string)type.GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;

    [GeneratedRegex("""\[Function\("(?<name>\w+)"\)\]\s*public[^\[]+\(\[HttpTrigger\(AuthorizationLevel\.(?<level>\w+), "(?<method>\w+)", Route = Routes\.(?<route>\w+)\)\]""")]
    private static partial Regex HttpFunction();

    [GeneratedRegex("""\[Function\("(?<name>\w+)"\)\]\s*public[^\[]+\(\[QueueTrigger\(QueueNames\.(?<queue>\w+)""")]
    private static partial Regex QueueFunction();

    [GeneratedRegex("""\[Function\("\w+"\)\]\s*public[^\n]+""")]
    private static partial Regex FunctionBody();
}
