using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ServiceQuality.Storage.Configuration;

/// <summary>Applies <see cref="StorageResilienceOptions"/> to every storage client, so an outage fails fast.</summary>
public static class StorageResilience
{
    public static void Apply(ClientOptions options, IServiceProvider services)
    {
        var resilience = services.GetRequiredService<IOptions<StorageResilienceOptions>>().Value;
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = resilience.MaxRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(resilience.DelayMilliseconds);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(resilience.MaxDelayMilliseconds);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(resilience.NetworkTimeoutSeconds);
        options.AddPolicy(services.GetRequiredService<StorageOperationCounter>(), HttpPipelinePosition.PerRetry);
    }
}
