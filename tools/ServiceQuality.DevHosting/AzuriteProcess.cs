using System.Diagnostics;
using System.Net.Sockets;
using ServiceQuality.Storage.Configuration;

namespace ServiceQuality.DevHosting;

/// <summary>
/// A private Azurite (the npm package pinned in package.json) on free loopback ports with its own data folder,
/// so each test run uses real Azure Storage APIs without touching anyone else's emulator.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private readonly bool _inMemory;
    private Process? _process;

    private AzuriteProcess(string dataFolder, int blobPort, int queuePort, int tablePort, bool inMemory)
    {
        _inMemory = inMemory;
        DataFolder = dataFolder;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public string DataFolder { get; }
    public int BlobPort { get; }
    public int QueuePort { get; }
    public int TablePort { get; }

    public string ConnectionString => AzuriteDefaults.For("127.0.0.1", BlobPort, QueuePort, TablePort);

    public static Task<AzuriteProcess> StartAsync(CancellationToken cancellationToken = default) => StartAsync(inMemory: false, cancellationToken);

    /// <summary>
    /// An emulator that keeps its data in memory only, for benchmarks: the file-backed one rewrites its whole database
    /// every five seconds, a cost that grows with the data and would otherwise be part of every figure. Nothing survives
    /// <see cref="StopAsync"/>.
    /// </summary>
    public static Task<AzuriteProcess> StartInMemoryAsync(CancellationToken cancellationToken = default) => StartAsync(inMemory: true, cancellationToken);

    private static async Task<AzuriteProcess> StartAsync(bool inMemory, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "servicequality-azurite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var azurite = new AzuriteProcess(folder, FreePorts.Next(), FreePorts.Next(), FreePorts.Next(), inMemory);
        await azurite.StartAgainAsync(cancellationToken);
        return azurite;
    }

    public static string Executable
    {
        get
        {
            var path = Path.Combine(RepositoryPaths.Root, "node_modules", ".bin", "azurite");
            return File.Exists(path)
                ? path
                : throw new InvalidOperationException($"Azurite is not installed at {path}: run 'npm ci' in the repository root (scripts/test.sh does).");
        }
    }

    /// <summary>Starts the emulator on the same ports and data folder, e.g. after <see cref="StopAsync"/>.</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(Executable)
        {
            // Newer storage SDKs send API versions this emulator release does not list; it serves them fine.
            ArgumentList =
            {
                "--silent", "--skipApiVersionCheck", "--disableProductStyleUrl", "--disableTelemetry",
                "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(),
                "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(),
                "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Azurite refuses a data folder together with in-memory persistence.
        if (_inMemory)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(DataFolder);
        }
        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitForPortsAsync(cancellationToken);
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process = null;
    }

    /// <summary>
    /// Stops the emulator as an outage would, but lets it save what it acknowledged: Azurite keeps its data in
    /// memory and writes it to the data folder every few seconds and on SIGTERM, whereas a kill loses the
    /// last seconds of writes, which a real storage account never does.
    /// </summary>
    public async Task ShutDownAsync()
    {
        if (_process is { HasExited: false })
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()]))
            {
                await kill.WaitForExitAsync();
            }
            await _process.WaitForExitAsync();
        }
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task WaitForPortsAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            while (true)
            {
                if (_process!.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} while starting.");
                }
                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync("127.0.0.1", port, cancellationToken);
                    break;
                }
                catch (SocketException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(100, cancellationToken);
                }
            }
        }
    }
}
