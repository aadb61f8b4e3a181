using Azure.Storage.Queues;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ServiceQuality.Functions;
using ServiceQuality.Handlers.Composition;
using ServiceQuality.Handlers.Security;
using ServiceQuality.Handlers.Staff;
using ServiceQuality.LocalHost.Bindings;
using ServiceQuality.LocalHost.Configuration;
using ServiceQuality.LocalHost.Queues;
using ServiceQuality.LocalHost.Timers;

namespace ServiceQuality.LocalHost;

/// <summary>
/// Builds the local host: the Functions app's own function classes on Kestrel, each [Function] mapped from its
/// trigger attribute, configured from host.json and local.settings.json as the Functions host would be.
/// </summary>
public static class LocalHostApp
{
    /// <param name="appDirectory">Where host.json and local.settings.json are; the binaries' folder by default.</param>
    /// <param name="overrides">Settings that win over local.settings.json and the environment (tests use them).</param>
    public static WebApplication Build(string[] args, string? appDirectory = null, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        appDirectory ??= AppContext.BaseDirectory;
        var hostJson = HostJson.Read(Path.Combine(appDirectory, "host.json"));
        var localSettings = LocalSettings.Read(Path.Combine(appDirectory, "local.settings.json"));

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = appDirectory });
        // As with the Functions tools, a variable already set in the environment wins over local.settings.json.
        builder.Configuration.AddInMemoryCollection(hostJson.LogLevels);
        builder.Configuration.AddInMemoryCollection(localSettings.Values);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(args);
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }
        // Core Tools runs a local Functions app as Development unless told otherwise; so does the local host.
        if (string.IsNullOrEmpty(builder.Configuration[StaffEnvironment.EnvironmentSetting]))
        {
            builder.Configuration.AddInMemoryCollection([new(StaffEnvironment.EnvironmentSetting, StaffEnvironment.Development)]);
        }
        builder.WebHost.UseUrls(builder.Configuration["urls"] ?? $"http://127.0.0.1:{localSettings.Port}");
        builder.WebHost.ConfigureKestrel(KestrelLimits.Apply);
        // Its "Request starting" lines carry the query string, which may hold a machine's function key as ?code=.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddServiceQualityFilters();

        var functions = FunctionCatalog.Read(FunctionsAssembly.Instance, builder.Configuration);
        builder.Services.AddServiceQuality(builder.Configuration);
        builder.Services.AddSingleton(hostJson);
        builder.Services.AddSingleton(functions);
        builder.Services.AddSingleton<FunctionKeys>();
        // A benchmark fills a queue with its handler stopped, to measure the drain on a full queue.
        var queuesEnabled = !builder.Configuration.GetValue("LocalHost:DisableQueues", false);
        foreach (var binding in queuesEnabled ? functions.Queues.Select(QueueFunctionBinding.For) : [])
        {
            builder.Services.AddSingleton<IHostedService>(sp => new QueueListener(
                binding, sp.GetRequiredService<QueueServiceClient>(), hostJson.Queues, sp, sp.GetRequiredService<ILogger<QueueListener>>()));
        }
        foreach (var binding in functions.Timers.Select(TimerFunctionBinding.For))
        {
            builder.Services.AddSingleton<IHostedService>(sp => new TimerScheduler(
                binding, sp, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<TimerScheduler>>()));
        }

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // The same guard the Functions app runs as worker middleware: headers, limits, 503 on storage outages.
        app.Use((context, next) => context.RequestServices.GetRequiredService<RequestGuard>().InvokeAsync(context, () => next(context)));
        HttpFunctionEndpoints.Map(app, functions.Http, hostJson.RoutePrefix);
        return app;
    }

    /// <summary>The addresses Kestrel actually bound, which differ from the configured ones when port 0 is asked for.</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
}
