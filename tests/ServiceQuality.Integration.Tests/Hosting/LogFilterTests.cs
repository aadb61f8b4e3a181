using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceQuality.DevHosting;
using ServiceQuality.Functions;
using ServiceQuality.LocalHost;
using ServiceQuality.Storage.Configuration;
using Xunit;

namespace ServiceQuality.Integration.Tests.Hosting;

/// <summary>
/// With the default level at Information, the Azure SDK's per-request lines are dropped by both hosts while
/// their warnings and the app's own Information lines still pass.
/// </summary>
public sealed class LogFilterTests
{
    private static readonly string[] SdkCategories = ["Azure.Core", "Azure.Storage.Blobs", "Azure.Storage.Queues", "Azure.Data.Tables"];

    [Fact]
    public async Task The_local_host_drops_azure_sdk_information_but_keeps_warnings_and_its_own_information()
    {
        await using var app = LocalHostApp.Build([], RepositoryPaths.Root, new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = AzuriteDefaults.ConnectionString,
            ["Logging:LogLevel:Default"] = "Information",
        });

        AssertFiltered(app.Services.GetRequiredService<ILoggerFactory>());
    }

    [Fact]
    public async Task The_functions_worker_drops_azure_sdk_information_but_keeps_warnings_and_its_own_information()
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Configuration["AzureWebJobsStorage"] = AzuriteDefaults.ConnectionString;
        builder.Configuration["Logging:LogLevel:Default"] = "Information";
        WorkerApp.Configure(builder);
        await using var services = builder.Services.BuildServiceProvider();

        AssertFiltered(services.GetRequiredService<ILoggerFactory>());
    }

    private static void AssertFiltered(ILoggerFactory loggers)
    {
        Assert.All(SdkCategories, category =>
        {
            Assert.False(loggers.CreateLogger(category).IsEnabled(LogLevel.Information), category);
            Assert.True(loggers.CreateLogger(category).IsEnabled(LogLevel.Warning), category);
        });
        Assert.True(loggers.CreateLogger("ServiceQuality.Handlers.Security.RequestGuard").IsEnabled(LogLevel.Information));
    }
}
