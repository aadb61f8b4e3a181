using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceQuality.Classification;
using ServiceQuality.Domain.Classification;

namespace ServiceQuality.ModelRegistry;

public static class ModelsServiceCollectionExtensions
{
    /// <summary>
    /// The model store, training, registry and retraining, all singletons: the registry's loaded models are
    /// meant to live as long as the process. Needs a BlobServiceClient and an ITrainingLabelStore registered
    /// by the storage adapters.
    /// </summary>
    public static IServiceCollection AddServiceQualityModels(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ModelsOptions>()
            .Bind(configuration.GetSection(ModelsOptions.Section))
            .Validate(o => o.RefreshInterval > TimeSpan.Zero, $"{ModelsOptions.Section}:{nameof(ModelsOptions.RefreshInterval)} must be positive.")
            .Validate(o => o.Folds >= 2, $"{ModelsOptions.Section}:{nameof(ModelsOptions.Folds)} must be at least 2.");
        services.AddOptions<SeedDataOptions>().Bind(configuration.GetSection(SeedDataOptions.Section));
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(sp => new ModelTrainer(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<BlobModelRepository>();
        services.AddSingleton<IModelRepository>(sp => sp.GetRequiredService<BlobModelRepository>());
        services.AddSingleton<ModelTrainingService>();
        services.AddSingleton<SeedData>();
        services.AddSingleton<ModelServer>();
        services.AddSingleton<ITextClassifierPort, RegistryTextClassifier>();
        services.AddSingleton<RetrainingService>();
        return services;
    }
}
