using System.Globalization;
using Azure.Data.Tables;
using ServiceQuality.Domain.Cases;

namespace ServiceQuality.Storage.Tables;

/// <summary>Contact details in their own table, so they can be purged and access-controlled apart from the case text.</summary>
public sealed class TableCaseContactStore(TableServiceClient service) : ICaseContactStore
{
    private readonly TableClient _table = service.GetTableClient(TableNames.CaseContacts);

    public async Task SaveAsync(CaseContact contact, CancellationToken cancellationToken) =>
        await _table.UpsertEntityAsync(
            new TableEntity(Partition(contact.Number), Row(contact.Number))
            {
                ["Name"] = contact.Name,
                ["Email"] = contact.Email,
                ["Phone"] = contact.Phone,
                ["Language"] = contact.Language,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    public async Task<CaseContact?> FindAsync(CaseNumber number, CancellationToken cancellationToken)
    {
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(Partition(number), Row(number), cancellationToken: cancellationToken);
        return found.HasValue
            ? new CaseContact(number, found.Value!.GetString("Name"), found.Value.GetString("Email"), found.Value.GetString("Phone"), found.Value.GetString("Language"))
            : null;
    }

    public async Task DeleteAsync(CaseNumber number, CancellationToken cancellationToken) =>
        await _table.DeleteEntityAsync(Partition(number), Row(number), cancellationToken: cancellationToken);

    private static string Partition(CaseNumber number) => number.Year.ToString("D4", CultureInfo.InvariantCulture);

    private static string Row(CaseNumber number) => number.Sequence.ToString("D6", CultureInfo.InvariantCulture);
}
