using Microsoft.Extensions.Configuration;
using ServiceQuality.Storage.Configuration;

namespace ServiceQuality.Cli;

/// <summary>
/// Settings as the local host sees them: the environment wins over local.settings.json in the current
/// directory, and without either the storage emulator is used.
/// </summary>
public static class CliConfiguration
{
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    public static IConfiguration Build(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var environment = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in context.Environment)
        {
            // An empty variable is taken as unset, so it cannot hide local.settings.json or the default.
            if (!string.IsNullOrEmpty(value))
            {
                environment[LocalSettingsFile.ConfigurationKey(name)] = value;
            }
        }

        return new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageConnection.SettingName] = DevelopmentStorage })
            .AddInMemoryCollection(LocalSettingsFile.ReadValues(Path.Combine(context.WorkingDirectory, LocalSettingsFile.FileName)))
            .AddInMemoryCollection(environment)
            .Build();
    }
}
