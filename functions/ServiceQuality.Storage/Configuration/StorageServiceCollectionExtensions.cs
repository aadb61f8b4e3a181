using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Classification;
using ServiceQuality.Domain.Comments;
using ServiceQuality.Domain.Idempotency;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Storage.Queues;
using ServiceQuality.Storage.Tables;

namespace ServiceQuality.Storage.Configuration;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the storage clients once for the app's lifetime, and the adapters built on them.</summary>
    public static IServiceCollection AddServiceQualityStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = ReadConnection(configuration);
        services.AddSingleton(connection);
        services.AddSingleton<StorageOperationCounter>();
        services.AddOptions<StorageResilienceOptions>().Configure(o => configuration.GetSection(StorageResilienceOptions.Section).Bind(o));
        services.AddAzureClients(clients =>
        {
            clients.ConfigureDefaults((options, sp) => StorageResilience.Apply(options, sp));
            if (connection.UsesIdentity)
            {
                clients.UseCredential(new DefaultAzureCredential());
                clients.AddTableServiceClient(connection.ServiceUri("table"));
                clients.AddQueueServiceClient(connection.ServiceUri("queue")).ConfigureOptions(ConfigureQueues);
                clients.AddBlobServiceClient(connection.ServiceUri("blob")).ConfigureOptions(ConfigureBlobs);
            }
            else
            {
                clients.AddTableServiceClient(connection.ConnectionString);
                clients.AddQueueServiceClient(connection.ConnectionString).ConfigureOptions(ConfigureQueues);
                clients.AddBlobServiceClient(connection.ConnectionString).ConfigureOptions(ConfigureBlobs);
            }
        });

        services.AddSingleton<ISurveyResponseStore, TableSurveyResponseStore>();
        services.AddSingleton<ISurveyCommentStore, TableSurveyCommentStore>();
        services.AddSingleton<IIdempotencyStore, TableIdempotencyStore>();
        services.AddSingleton<ICommentQueue, StorageCommentQueue>();
        services.AddSingleton<ICaseStore, TableCaseStore>();
        services.AddSingleton<ICaseContactStore, TableCaseContactStore>();
        services.AddSingleton<ICaseQueue, StorageCaseQueue>();
        services.AddSingleton<ITrainingLabelStore, TableTrainingLabelStore>();
        services.AddSingleton<Domain.Leads.ISellerLeadStore, TableSellerLeadStore>();
        services.AddSingleton<Domain.Audit.IAuditTrail, TableAuditTrail>();
        services.AddSingleton<Domain.Integrity.ISurveyPublicationStore, TableSurveyPublicationStore>();
        services.AddSingleton<Domain.Kiosks.IKioskDeviceStore, TableKioskDeviceStore>();
        services.AddSingleton<StorageInitializer>();
        services.AddSingleton<Operations.PoisonQueues>();
        return services;
    }

    // The Functions queue trigger expects base64 messages by default; producers must match it.
    private static void ConfigureQueues(QueueClientOptions options) => options.MessageEncoding = QueueMessageEncoding.Base64;

    private static void ConfigureBlobs(BlobClientOptions options) => options.AddPolicy(new MissingOnReadIsAnAnswer(), HttpPipelinePosition.PerCall);

    private static StorageConnection ReadConnection(IConfiguration configuration)
    {
        var value = configuration[StorageConnection.SettingName];
        if (!string.IsNullOrWhiteSpace(value))
        {
            return new StorageConnection(
                value == "UseDevelopmentStorage=true" ? AzuriteDefaults.ConnectionString : value,
                null);
        }
        var accountName = configuration[$"{StorageConnection.SettingName}:accountName"];
        return string.IsNullOrWhiteSpace(accountName)
            ? throw new InvalidOperationException(
                $"Storage is not configured: set {StorageConnection.SettingName} to a connection string, or {StorageConnection.SettingName}__accountName for a managed identity.")
            : new StorageConnection(null, accountName);
    }
}
