namespace ServiceQuality.Storage.Configuration;

/// <summary>
/// The storage account, configured as the Functions host configures AzureWebJobsStorage: either a connection
/// string (locally, Azurite) or, in Azure, an account name reached with the app's managed identity.
/// </summary>
public sealed record StorageConnection(string? ConnectionString, string? AccountName)
{
    public const string SettingName = "AzureWebJobsStorage";

    public bool UsesIdentity => ConnectionString is null;

    public Uri ServiceUri(string service) =>
        new($"https://{AccountName}.{service}.core.windows.net");
}
