using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceQuality.DevHosting;
using ServiceQuality.LocalHost.Bindings;
using ServiceQuality.LocalHost.Configuration;
using ServiceQuality.LocalHost.Queues;
using ServiceQuality.LocalHost.Timers;
using Xunit;

namespace ServiceQuality.Integration.Tests.Hosting;

/// <summary>
/// What the Functions host in Azure would serve, read from the functions.metadata the build generated, is
/// exactly what the running local host serves: the same HTTP routes, methods and key requirement, the same
/// queues and the same timer schedules, and nothing more.
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class FunctionMetadataParityTests(LocalHostFixture fixture)
{
    private static readonly IReadOnlyList<GeneratedFunctionMetadata> Generated = GeneratedFunctionMetadata.Read();

    [Fact]
    public void Every_http_function_in_the_metadata_is_an_endpoint_with_the_same_route_methods_and_key_requirement()
    {
        var prefix = HostJson.Read(Path.Combine(RepositoryPaths.Root, "host.json")).RoutePrefix;
        var declared = Generated.Where(f => f.Trigger == "httpTrigger")
            .Select(f => (f.Name, Route: Pattern(prefix, f.Route ?? f.Name), Methods: Methods(f.Methods), Key: f.AuthLevel != "Anonymous"))
            .OrderBy(f => f.Name)
            .ToList();
        var served = ((IEndpointRouteBuilder)fixture.Host.App).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (
                Name: e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? e.DisplayName ?? "",
                Route: e.RoutePattern.RawText!,
                Methods: Methods(e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods),
                Key: e.Metadata.GetMetadata<HttpFunction>()?.RequiresKey ?? false))
            .OrderBy(f => f.Name)
            .ToList();

        Assert.True(declared.Count > 40, $"functions.metadata at {GeneratedFunctionMetadata.FilePath} lists only {declared.Count} HTTP functions.");
        Assert.Equal(declared, served);
    }

    [Fact]
    public void Every_queue_function_in_the_metadata_has_a_listener_on_the_same_queue()
    {
        var declared = Generated.Where(f => f.Trigger == "queueTrigger").Select(f => (f.Name, f.Queue!)).Order().ToList();
        var listening = fixture.Host.Services.GetServices<IHostedService>().OfType<QueueListener>()
            .Select(l => (l.Binding.FunctionName, l.Binding.QueueName)).Order().ToList();

        Assert.NotEmpty(declared);
        Assert.Equal(declared, listening);
    }

    [Fact]
    public void Every_timer_function_in_the_metadata_is_scheduled_on_the_same_schedule()
    {
        var declared = Generated.Where(f => f.Trigger == "timerTrigger").Select(f => (f.Name, f.Schedule!)).Order().ToList();
        var scheduled = fixture.Host.Services.GetServices<IHostedService>().OfType<TimerScheduler>()
            .Select(t => (t.Binding.FunctionName, t.Binding.Schedule)).Order().ToList();

        Assert.NotEmpty(declared);
        Assert.Equal(declared, scheduled);
    }

    [Fact]
    public void The_metadata_declares_no_trigger_the_local_host_does_not_run()
    {
        Assert.All(Generated, f => Assert.Contains(f.Trigger, new[] { "httpTrigger", "queueTrigger", "timerTrigger" }));
    }

    [Fact]
    public void Every_get_function_also_answers_head_in_the_real_host()
    {
        // The Functions host serves only the methods an attribute lists, so HEAD must be listed beside GET.
        var getOnly = Generated.Where(f => f.Methods is { } m && m.Contains("GET") && !m.Contains("HEAD")).Select(f => f.Name).ToList();

        Assert.Empty(getOnly);
    }

    private static string Pattern(string prefix, string route) =>
        "/" + string.Join('/', new[] { prefix.Trim('/'), route.Trim('/') }.Where(p => p.Length > 0));

    // No methods means any method, in the metadata and in ASP.NET Core routing alike.
    private static string Methods(IEnumerable<string>? methods) =>
        methods is null ? "*" : string.Join(',', methods.Select(m => m.ToUpperInvariant()).Order());
}
