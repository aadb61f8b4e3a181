namespace ServiceQuality.Domain.Kiosks;

/// <summary>Where provisioned kiosks are kept, one record per device.</summary>
public interface IKioskDeviceStore
{
    Task<KioskDevice?> FindAsync(string deviceId, CancellationToken cancellationToken);

    Task SaveAsync(KioskDevice device, CancellationToken cancellationToken);
}
