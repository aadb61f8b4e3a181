using ServiceQuality.Cli;
using ServiceQuality.ModelRegistry.Tests.Support;

namespace ServiceQuality.ModelRegistry.Tests.Cli;

public sealed class CliConfigurationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Without_settings_the_storage_emulator_is_used()
    {
        var configuration = CliConfiguration.Build(Context(new Dictionary<string, string?>()));

        Assert.Equal("UseDevelopmentStorage=true", configuration["AzureWebJobsStorage"]);
    }

    [Fact]
    public void Local_settings_in_the_current_directory_are_read_as_the_local_host_reads_them()
    {
        _folder.Write("local.settings.json", """
            {
              // as written by the Functions tools
              "IsEncrypted": false,
              "Values": { "AzureWebJobsStorage": "from-file", "Models__RefreshInterval": "00:00:30" },
            }
            """);

        var configuration = CliConfiguration.Build(Context(new Dictionary<string, string?>()));

        Assert.Equal("from-file", configuration["AzureWebJobsStorage"]);
        Assert.Equal("00:00:30", configuration["Models:RefreshInterval"]);
    }

    [Fact]
    public void The_environment_wins_over_local_settings()
    {
        _folder.Write("local.settings.json", """{ "Values": { "AzureWebJobsStorage": "from-file" } }""");

        var configuration = CliConfiguration.Build(Context(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "from-environment",
            ["Definitions__Path"] = "/srv/definitions",
        }));

        Assert.Equal("from-environment", configuration["AzureWebJobsStorage"]);
        Assert.Equal("/srv/definitions", configuration["Definitions:Path"]);
    }

    private CliContext Context(IReadOnlyDictionary<string, string?> environment) =>
        new(TextWriter.Null, TextWriter.Null, _folder.Path, environment);
}
