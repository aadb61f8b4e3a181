using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceQuality.Functions.Middleware;
using ServiceQuality.Handlers.Composition;

namespace ServiceQuality.Functions;

/// <summary>The isolated worker's composition, apart from Program so a test can inspect what the worker configures.</summary>
public static class WorkerApp
{
    public static FunctionsApplicationBuilder Configure(FunctionsApplicationBuilder builder)
    {
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<RequestGuardMiddleware>();
        // In the worker, SDK logs reach the host as the function's own logs; host.json's levels do not filter them.
        builder.Logging.AddServiceQualityFilters();
        builder.Services
            .AddApplicationInsightsTelemetryWorkerService()
            .ConfigureFunctionsApplicationInsights();
        builder.Services.AddServiceQuality(builder.Configuration);
        return builder;
    }
}
