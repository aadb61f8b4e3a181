using System.Text;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ServiceQuality.Domain.Reports;

namespace ServiceQuality.Storage.Tables;

/// <summary>
/// Table Rollups: partition by period ("2026-03", "2026"), one row per kind. Figures larger than a table string
/// property may hold go to blob rollups/{period}/{kind}.json and the row points at the blob.
/// </summary>
public sealed class TableRollupStore(TableServiceClient tables, BlobServiceClient blobs) : IRollupStore
{
    public const string ContainerName = "rollups";

    // A table string property holds 64 KiB of UTF-16, 32,768 characters; a margin is left below it.
    public const int MaxInlineCharacters = 30_000;

    private readonly TableClient _table = tables.GetTableClient(TableNames.Rollups);

    public async Task SaveAsync(StoredRollup rollup, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(rollup.Period, rollup.Kind) { ["ComputedAt"] = rollup.ComputedAt };
        if (rollup.Figures.Length <= MaxInlineCharacters)
        {
            entity["Figures"] = rollup.Figures;
        }
        else
        {
            var name = BlobName(rollup.Period, rollup.Kind);
            var container = blobs.GetBlobContainerClient(ContainerName);
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            // The blob is written before the row that points at it, so a reader never follows a pointer to nothing.
            await container.GetBlobClient(name).UploadAsync(BinaryData.FromString(rollup.Figures), overwrite: true, cancellationToken);
            entity["FiguresBlob"] = $"{ContainerName}/{name}";
        }
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<StoredRollup?> FindAsync(string period, string kind, CancellationToken cancellationToken)
    {
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(period, kind, cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            return null;
        }
        var entity = found.Value!;
        var figures = entity.GetString("Figures");
        if (figures is null && entity.GetString("FiguresBlob") is { } pointer)
        {
            var name = pointer[(ContainerName.Length + 1)..];
            try
            {
                var content = await blobs.GetBlobContainerClient(ContainerName).GetBlobClient(name).DownloadContentAsync(cancellationToken);
                figures = Encoding.UTF8.GetString(content.Value.Content.ToMemory().Span);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // The row outlived its blob: treat the rollup as missing, so it is computed again.
                return null;
            }
        }
        return figures is null ? null : new StoredRollup(period, kind, figures, entity.GetDateTimeOffset("ComputedAt") ?? DateTimeOffset.MinValue);
    }

    public static string BlobName(string period, string kind) => $"{period}/{kind}.json";
}
