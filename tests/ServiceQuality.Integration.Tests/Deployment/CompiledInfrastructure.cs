using System.Text.Json.Nodes;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Deployment;

/// <summary>infra/main.bicep linted and compiled once for a test class: its diagnostics and its ARM template.</summary>
public sealed class CompiledInfrastructure : IAsyncLifetime
{
    public static string MainBicep => Path.Combine("infra", "main.bicep");

    public IReadOnlyList<string> LintDiagnostics { get; private set; } = [];

    public IReadOnlyList<string> BuildDiagnostics { get; private set; } = [];

    public ArmScope Template { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var lint = await BicepCli.RunAsync(RepositoryPaths.Root, "lint", MainBicep, "--diagnostics-format", "sarif");
        LintDiagnostics = BicepCli.SarifResults(lint.Stdout);

        var build = await BicepCli.RunAsync(RepositoryPaths.Root, "build", MainBicep, "--stdout", "--diagnostics-format", "sarif");
        BuildDiagnostics = BicepCli.SarifResults(build.Stderr);
        Template = new ArmScope(JsonNode.Parse(build.Stdout)!.AsObject(), null, null);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
