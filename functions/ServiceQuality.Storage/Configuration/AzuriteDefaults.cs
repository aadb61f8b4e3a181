namespace ServiceQuality.Storage.Configuration;

/// <summary>The well-known development account of the storage emulator, spelled out so it points at 127.0.0.1.</summary>
public static class AzuriteDefaults
{
    public const string AccountName = "devstoreaccount1";

    // The emulator's published development key; it protects nothing and is the same on every machine.
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static string ConnectionString => For("127.0.0.1", 10000, 10001, 10002);

    public static string For(string host, int blobPort, int queuePort, int tablePort) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://{host}:{blobPort}/{AccountName};" +
        $"QueueEndpoint=http://{host}:{queuePort}/{AccountName};" +
        $"TableEndpoint=http://{host}:{tablePort}/{AccountName};";
}
