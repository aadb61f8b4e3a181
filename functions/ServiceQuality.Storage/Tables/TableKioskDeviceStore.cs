using Azure.Data.Tables;
using ServiceQuality.Domain.Kiosks;

namespace ServiceQuality.Storage.Tables;

/// <summary>Kiosks in table KioskDevices, one partition: an agency has tens of kiosks, not thousands.</summary>
public sealed class TableKioskDeviceStore(TableServiceClient service) : IKioskDeviceStore
{
    private const string Partition = "kiosk";
    private readonly TableClient _table = service.GetTableClient(TableNames.KioskDevices);

    public async Task<KioskDevice?> FindAsync(string deviceId, CancellationToken cancellationToken)
    {
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, deviceId, cancellationToken: cancellationToken);
        return found.HasValue
            ? new KioskDevice(deviceId, found.Value!.GetString("UnitId") ?? "", found.Value.GetInt32("Generation") ?? 0,
                found.Value.GetBoolean("Revoked") ?? false, found.Value.GetDateTimeOffset("ChangedAt") ?? default)
            : null;
    }

    public async Task SaveAsync(KioskDevice device, CancellationToken cancellationToken) =>
        await _table.UpsertEntityAsync(new TableEntity(Partition, device.DeviceId)
        {
            ["UnitId"] = device.UnitId,
            ["Generation"] = device.Generation,
            ["Revoked"] = device.Revoked,
            ["ChangedAt"] = device.ChangedAt,
        }, TableUpdateMode.Replace, cancellationToken);
}
