using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace ServiceQuality.Integration.Tests.Deployment;

/// <summary>
/// The Bicep compiler from the Azure.Bicep.CommandLine.linux-x64 package, which the test project restores with
/// PackageDownload; the build records where the NuGet packages folder is and which version it pinned.
/// </summary>
public static class BicepCli
{
    private const string PackageId = "azure.bicep.commandline.linux-x64";

    public static string Executable { get; } = Locate();

    /// <summary>Runs the compiler and returns its output; a non-zero exit fails with what it printed.</summary>
    public static async Task<(string Stdout, string Stderr)> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
        }
        return (await stdout, await stderr);
    }

    /// <summary>The messages of a SARIF log, one line each: file, line, rule and text.</summary>
    public static IReadOnlyList<string> SarifResults(string sarif) =>
        JsonNode.Parse(sarif)!["runs"]!.AsArray()
            .SelectMany(run => run!["results"]!.AsArray())
            .Select(result =>
            {
                var location = result!["locations"]?[0]?["physicalLocation"];
                return $"{location?["artifactLocation"]?["uri"]}({location?["region"]?["startLine"]}) {result["ruleId"]}: {result["message"]?["text"]}";
            })
            .ToList();

    private static string Locate()
    {
        var metadata = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);
        var root = metadata["NuGetPackageRoot"] ?? throw new InvalidOperationException("The build recorded no NuGet packages folder.");
        var path = Path.Combine(root, PackageId, metadata["BicepVersion"]!, "tools", "bicep");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The Bicep CLI is not at {path}; restore tests/ServiceQuality.Integration.Tests.", path);
        }
        // NuGet does not keep file modes on every platform and version: make sure the compiler can run.
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
        return path;
    }
}
