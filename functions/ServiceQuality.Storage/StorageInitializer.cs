using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace ServiceQuality.Storage;

/// <summary>Creates the tables and queues the app uses, so a fresh account works on first start.</summary>
public sealed class StorageInitializer(TableServiceClient tables, QueueServiceClient queues)
{
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var table in TableNames.All)
        {
            await tables.CreateTableIfNotExistsAsync(table, cancellationToken);
        }
        foreach (var queue in QueueNames.All)
        {
            await queues.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await queues.GetQueueClient(QueueNames.Poison(queue)).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }
}
