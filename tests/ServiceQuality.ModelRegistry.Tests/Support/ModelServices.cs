using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Classification;

namespace ServiceQuality.ModelRegistry.Tests.Support;

/// <summary>The services as a host composes them through AddServiceQualityModels, on the test's Azurite.</summary>
internal static class ModelServices
{
    public static ServiceProvider Build(
        string storageConnectionString,
        TimeProvider? clock = null,
        string? definitionsPath = null,
        TimeSpan? refreshInterval = null,
        int folds = 3,
        ITrainingLabelStore? labels = null,
        ObservedModelRepository? observe = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Models:Folds"] = folds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (refreshInterval is { } interval)
        {
            settings["Models:RefreshInterval"] = interval.ToString("c");
        }

        if (definitionsPath is not null)
        {
            settings["Definitions:Path"] = definitionsPath;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new BlobServiceClient(storageConnectionString));
        services.AddSingleton(labels ?? new InMemoryTrainingLabelStore());
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddServiceQualityModels(configuration);
        if (observe is not null)
        {
            services.AddSingleton<IModelRepository>(observe);
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
