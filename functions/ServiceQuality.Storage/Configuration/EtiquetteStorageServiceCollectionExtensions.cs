using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Storage.Tables;

namespace ServiceQuality.Storage.Configuration;

public static class EtiquetteStorageServiceCollectionExtensions
{
    /// <summary>The phone-etiquette tables, on the clients <see cref="StorageServiceCollectionExtensions.AddServiceQualityStorage"/> registers.</summary>
    public static IServiceCollection AddEtiquetteStorage(this IServiceCollection services)
    {
        services.AddSingleton<IEtiquetteTestStore, TableEtiquetteTestStore>();
        services.AddSingleton<IEtiquetteCoverageStore, TableEtiquetteCoverageStore>();
        return services;
    }
}
