using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ServiceQuality.Domain.Email;

namespace ServiceQuality.Storage.Email;

/// <summary>
/// One partition per recipient key: a "confirmed" row once the address has confirmed, and one row per day listing
/// the cases acknowledged to it. The rows hold no address, only the keyed hash.
/// </summary>
public sealed class TableEmailRecipientStore(TableServiceClient service) : IEmailRecipientStore
{
    private const string ConfirmedRow = "confirmed";
    private const int MaxAttempts = 5;
    private readonly TableClient _table = service.GetTableClient(TableNames.EmailRecipients);

    public async Task<int> CountAcknowledgementAsync(string recipientKey, DateOnly day, string caseNumber, CancellationToken cancellationToken)
    {
        var row = "ack-" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var attempt = 1; ; attempt++)
        {
            var found = await _table.GetEntityIfExistsAsync<TableEntity>(recipientKey, row, cancellationToken: cancellationToken);
            var cases = found.HasValue ? (found.Value!.GetString("Cases") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToList() : [];
            var place = cases.IndexOf(caseNumber);
            if (place >= 0)
            {
                return place + 1;
            }
            cases.Add(caseNumber);
            var entity = new TableEntity(recipientKey, row) { ["Cases"] = string.Join(',', cases) };
            try
            {
                // Two complaints naming the same address at once: the second write fails on the ETag and counts again.
                if (found.HasValue)
                {
                    await _table.UpdateEntityAsync(entity, found.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await _table.AddEntityAsync(entity, cancellationToken);
                }
                return cases.Count;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
            }
        }
    }

    public async Task<bool> IsConfirmedAsync(string recipientKey, CancellationToken cancellationToken) =>
        (await _table.GetEntityIfExistsAsync<TableEntity>(recipientKey, ConfirmedRow, select: ["PartitionKey"], cancellationToken: cancellationToken)).HasValue;

    public async Task ConfirmAsync(string recipientKey, DateTimeOffset confirmedAt, CancellationToken cancellationToken) =>
        await _table.UpsertEntityAsync(new TableEntity(recipientKey, ConfirmedRow) { ["ConfirmedAt"] = confirmedAt }, TableUpdateMode.Replace, cancellationToken);
}
