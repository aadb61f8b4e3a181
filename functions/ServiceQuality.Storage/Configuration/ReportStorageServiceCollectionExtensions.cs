using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Storage.Tables;

namespace ServiceQuality.Storage.Configuration;

public static class ReportStorageServiceCollectionExtensions
{
    /// <summary>The rollup table (and its blob container for large figures), on the clients <see cref="StorageServiceCollectionExtensions.AddServiceQualityStorage"/> registers.</summary>
    public static IServiceCollection AddReportStorage(this IServiceCollection services)
    {
        services.AddSingleton<IRollupStore, TableRollupStore>();
        return services;
    }
}
