using System.Reflection;
using System.Text.RegularExpressions;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Deployment;

/// <summary>
/// Every setting the code reads is either set by the Bicep deployment or documented as optional with its
/// default, and every app setting the Bicep sets is one the code reads: a renamed option cannot silently
/// fall back to its default in Azure.
/// </summary>
public sealed partial class ConfigurationCoverageTests
{
    // Settings read directly rather than through an options class; each is checked to still appear in the source.
    private static readonly string[] DirectlyReadKeys =
        ["AzureWebJobsStorage", "AzureWebJobsStorage:accountName", "LocalFunctionKey", "urls", "LocalHost:DisableQueues", "AZURE_FUNCTIONS_ENVIRONMENT", "WEBSITE_AUTH_ENABLED"];

    // Set by the platform or read by the Functions host and Application Insights, not by this code.
    private static readonly string[] PlatformKeys = ["APPLICATIONINSIGHTS_CONNECTION_STRING", "APPLICATIONINSIGHTS_AUTHENTICATION_STRING"];

    [Fact]
    public void Every_setting_the_code_reads_is_set_in_bicep_or_documented_as_optional()
    {
        var deployed = BicepAppSettings();
        var documented = DocumentedOptionalKeys();

        var missing = CodeKeys().Where(k => !deployed.Contains(k) && !documented.Contains(k)).Order().ToList();

        Assert.True(missing.Count == 0, "Neither set in infra/modules/functionapp.bicep nor listed in docs/configuration.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_app_setting_in_bicep_is_read_by_the_code()
    {
        var read = CodeKeys();

        var unknown = BicepAppSettings().Where(k => !read.Contains(k) && !PlatformKeys.Contains(k)).Order().ToList();

        Assert.True(unknown.Count == 0, "Set in infra/modules/functionapp.bicep but read by no code: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Directly_read_settings_still_appear_in_the_source()
    {
        var source = string.Join('\n', Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "functions"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));

        Assert.All(DirectlyReadKeys.Where(k => k != "AzureWebJobsStorage" && k != "AzureWebJobsStorage:accountName"), key =>
            Assert.Contains($"\"{key}\"", source));
        Assert.Contains("\"AzureWebJobsStorage\"", source);
        Assert.Contains(":accountName\"", source);
    }

    private static HashSet<string> CodeKeys()
    {
        var keys = new HashSet<string>(DirectlyReadKeys, StringComparer.OrdinalIgnoreCase);
        var assemblies = new[] { "ServiceQuality.Domain", "ServiceQuality.Storage", "ServiceQuality.Handlers", "ServiceQuality.ModelRegistry", "ServiceQuality.LocalHost" }
            .Select(Assembly.Load);
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()))
        {
            if (type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is not { IsLiteral: true } field)
            {
                continue;
            }
            var section = (string)field.GetRawConstantValue()!;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && IsSetting(p.PropertyType)))
            {
                keys.Add($"{section}:{property.Name}");
            }
        }
        return keys;
    }

    private static bool IsSetting(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(TimeSpan) || t == typeof(decimal) || t == typeof(Uri);
    }

    private static HashSet<string> BicepAppSettings()
    {
        var bicep = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "modules", "functionapp.bicep"));
        return AppSettingName().Matches(bicep).Select(m => m.Groups["name"].Value.Replace("__", ":", StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static HashSet<string> DocumentedOptionalKeys()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "configuration.md"));
        return DocumentedKey().Matches(doc).Select(m => m.Groups["key"].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\{ name: '(?<name>[A-Za-z0-9_]+)', value:")]
    private static partial Regex AppSettingName();

    // A table row whose first cell is a backticked key: | `Section:Key` | ...
    [GeneratedRegex(@"^\| `(?<key>[A-Za-z0-9_:]+)` \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedKey();
}
