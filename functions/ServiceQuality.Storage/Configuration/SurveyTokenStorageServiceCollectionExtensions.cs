using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.ResponseRates;
using ServiceQuality.Domain.SurveyTokens;
using ServiceQuality.Storage.Tables;

namespace ServiceQuality.Storage.Configuration;

public static class SurveyTokenStorageServiceCollectionExtensions
{
    /// <summary>The transaction links and response-rate counters, on the clients <see cref="StorageServiceCollectionExtensions.AddServiceQualityStorage"/> registers.</summary>
    public static IServiceCollection AddSurveyTokenStorage(this IServiceCollection services)
    {
        services.AddSingleton<ITransactionLinkStore, TableTransactionLinkStore>();
        services.AddSingleton<IResponseRateCounterStore, TableResponseRateCounterStore>();
        return services;
    }
}
