using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Deployment;

/// <summary>
/// infra/main.bicep compiled and linted with the pinned Bicep CLI, and the deployment it describes: what runs where,
/// which identity reaches what, where secrets live and who must sign in.
/// </summary>
public sealed partial class InfrastructureTemplateTests(CompiledInfrastructure infrastructure) : IClassFixture<CompiledInfrastructure>
{
    // Built-in Azure role definitions, by their fixed ids.
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";

    private ArmScope Template => infrastructure.Template;

    [Fact]
    public void The_bicep_compiles_and_lints_without_a_single_warning()
    {
        Assert.True(infrastructure.BuildDiagnostics.Count == 0, "bicep build:\n" + string.Join('\n', infrastructure.BuildDiagnostics));
        Assert.True(infrastructure.LintDiagnostics.Count == 0, "bicep lint:\n" + string.Join('\n', infrastructure.LintDiagnostics));
    }

    [Fact]
    public void The_function_app_runs_on_flex_consumption_with_a_system_assigned_identity()
    {
        var (plan, _) = Template.Single("Microsoft.Web/serverfarms");
        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);

        var (site, scope) = Template.Single("Microsoft.Web/sites");
        Assert.Contains("functionapp", (string?)site["kind"]);
        Assert.Equal("SystemAssigned", (string?)site["identity"]!["type"]);
        Assert.Contains("Microsoft.Web/serverfarms", (string?)site["properties"]!["serverFarmId"]);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        var config = site["properties"]!["functionAppConfig"]!;
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("SystemAssignedIdentity", (string?)config["deployment"]!["storage"]!["authentication"]!["type"]);
        Assert.Contains("principalId", scope.Json["outputs"]!["principalId"]!["value"]!.ToString());
    }

    [Fact]
    public void Storage_refuses_shared_keys_and_the_app_reaches_it_by_identity()
    {
        var (account, _) = Template.Single("Microsoft.Storage/storageAccounts");
        Assert.False((bool)account["properties"]!["allowSharedKeyAccess"]!);
        Assert.False((bool)account["properties"]!["allowBlobPublicAccess"]!);

        var settings = AppSettings();
        Assert.Contains("AzureWebJobsStorage__accountName", settings.Keys);
        Assert.DoesNotContain(settings, s => s.Value.Contains("AccountKey", StringComparison.OrdinalIgnoreCase)
            || s.Value.Contains("listKeys", StringComparison.OrdinalIgnoreCase)
            || s.Value.Contains("SharedAccessSignature", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_secret_setting_is_a_key_vault_reference_to_a_secret_the_vault_holds()
    {
        var settings = AppSettings();
        var (site, _) = Template.Single("Microsoft.Web/sites");
        Assert.Equal("SystemAssigned", (string?)site["properties"]!["keyVaultReferenceIdentity"]);
        var vaultSecrets = Template.Resources()
            .Where(r => (string?)r.Resource["type"] == "Microsoft.KeyVault/vaults/secrets")
            .Select(r => SecretName().Match((string)r.Resource["name"]!).Groups["secret"].Value)
            .ToHashSet();

        var secretSettings = settings.Where(s => SecretSettingName().IsMatch(s.Key)).ToList();

        Assert.True(secretSettings.Count >= 4, "Expected the signing keys, the SendGrid key and the sign-in secret: " + string.Join(", ", settings.Keys));
        Assert.All(secretSettings, setting =>
        {
            var reference = KeyVaultReference().Match(setting.Value);
            Assert.True(reference.Success, $"{setting.Key} is not a Key Vault reference: {setting.Value}");
            Assert.Contains(reference.Groups["secret"].Value, vaultSecrets);
        });
    }

    [Fact]
    public void The_app_identity_holds_the_storage_data_roles_and_reads_key_vault_secrets()
    {
        var granted = Template.Resources()
            .Where(r => (string?)r.Resource["type"] == "Microsoft.Authorization/roleAssignments")
            .SelectMany(r => RoleIds(r.Resource, r.Scope).Select(role => (
                Role: role,
                Target: (string)r.Resource["scope"]!,
                Principal: r.Scope.ResolveText(r.Resource["properties"]!["principalId"]) ?? "")))
            .Where(g => g.Principal.Contains("'functionapp'", StringComparison.Ordinal) && g.Principal.Contains("outputs.principalId", StringComparison.Ordinal))
            .ToList();

        foreach (var role in new[] { StorageBlobDataOwner, StorageQueueDataContributor, StorageTableDataContributor })
        {
            Assert.Contains(granted, g => g.Role == role && g.Target.Contains("Microsoft.Storage/storageAccounts", StringComparison.Ordinal));
        }
        Assert.Contains(granted, g => g.Role == KeyVaultSecretsUser && g.Target.Contains("Microsoft.KeyVault/vaults", StringComparison.Ordinal));
    }

    [Fact]
    public void Staff_sign_in_with_entra_id_through_app_service_authentication()
    {
        var (auth, scope) = Template.Single("Microsoft.Web/sites/config");
        Assert.EndsWith("'authsettingsV2')]", (string?)auth["name"]);
        var properties = auth["properties"]!;
        Assert.True((bool)properties["platform"]!["enabled"]!);

        var validation = properties["globalValidation"]!;
        Assert.True((bool)validation["requireAuthentication"]!);
        Assert.Equal("RedirectToLoginPage", (string?)validation["unauthenticatedClientAction"]);

        var entra = properties["identityProviders"]!["azureActiveDirectory"]!;
        Assert.True((bool)entra["enabled"]!);
        var registration = entra["registration"]!;
        Assert.Equal("[parameters('authClientId')]", scope.ResolveText(registration["clientId"]));
        var issuer = scope.ResolveText(registration["openIdIssuer"]);
        Assert.Contains("environment().authentication.loginEndpoint", issuer);
        Assert.Contains("parameters('tenantId')", issuer);
        Assert.EndsWith("/v2.0', environment().authentication.loginEndpoint, parameters('tenantId'))]", issuer);
        Assert.Contains(Template.Json["parameters"]!.AsObject(), p => p.Key == "authTenantId");

        var secretSetting = scope.ResolveText(registration["clientSecretSettingName"]);
        Assert.NotNull(secretSetting);
        Assert.Matches(KeyVaultReference(), AppSettings()[secretSetting]);

        Assert.True((bool)properties["login"]!["tokenStore"]!["enabled"]!);
        Assert.True((bool)properties["httpSettings"]!["requireHttps"]!);
    }

    [Fact]
    public void Azd_supplies_every_parameter_the_template_requires_and_no_other()
    {
        var declared = Template.Json["parameters"]!.AsObject();
        var supplied = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "main.parameters.json")))!["parameters"]!.AsObject()
            .Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

        var missing = declared.Where(p => p.Value!["defaultValue"] is null && !supplied.Contains(p.Key)).Select(p => p.Key).ToList();
        var unknown = supplied.Where(name => !declared.ContainsKey(name)).ToList();

        Assert.True(missing.Count == 0, "Required by main.bicep but not in main.parameters.json: " + string.Join(", ", missing));
        Assert.True(unknown.Count == 0, "In main.parameters.json but not declared by main.bicep: " + string.Join(", ", unknown));
        Assert.Contains("authClientId", supplied);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/surveys/counter")]
    [InlineData("/surveys/taxi-meter/thanks")]
    [InlineData("/api/surveys")]
    [InlineData("/api/surveys/counter")]
    [InlineData("/api/surveys/counter/responses")]
    [InlineData("/complaints")]
    [InlineData("/complaints/filed/C-2026-000123")]
    [InlineData("/api/complaints")]
    [InlineData("/assets/site.css")]
    [InlineData("/reports/2026")]
    [InlineData("/reports/2026/12")]
    [InlineData("/api/reports/2026/12")]
    [InlineData("/api/open-data/2026/12/responses")]
    [InlineData("/api/survey-tokens")]
    [InlineData("/api/survey-tokens/abc123/qr.svg")]
    [InlineData("/api/kiosks")]
    [InlineData("/api/kiosks/kiosk-01/revoke")]
    public void Citizen_pages_and_the_counter_system_api_stay_anonymous(string path) =>
        Assert.True(EasyAuthPaths.IsExcluded(ExcludedPaths(), path), $"{path} would require sign-in.");

    [Theory]
    [InlineData("/staff")]
    [InlineData("/staff/cases")]
    [InlineData("/staff/cases/C-2026-000123")]
    [InlineData("/api/staff/cases")]
    [InlineData("/api/cases")]
    [InlineData("/api/cases/C-2026-000123/reply")]
    [InlineData("/api/leads")]
    [InlineData("/api/poison")]
    [InlineData("/api/outbox")]
    [InlineData("/outbox")]
    [InlineData("/api/audit")]
    [InlineData("/api/rollups/2026/12")]
    [InlineData("/api/response-rates/2026/12")]
    [InlineData("/api/etiquette-tests")]
    [InlineData("/etiquette-tests/new")]
    [InlineData("/quarantine")]
    [InlineData("/api/quarantine")]
    [InlineData("/api/survey-publication/counter")]
    [InlineData("/staff/comments")]
    [InlineData("/staff/sign-in")]
    public void Staff_pages_and_their_api_require_sign_in(string path) =>
        Assert.False(EasyAuthPaths.IsExcluded(ExcludedPaths(), path), $"{path} would be served without sign-in.");

    private List<string> ExcludedPaths()
    {
        var (auth, scope) = Template.Single("Microsoft.Web/sites/config");
        return scope.Resolve(auth["properties"]!["globalValidation"]!["excludedPaths"])!.AsArray().Select(p => (string)p!).ToList();
    }

    /// <summary>The function app's settings by name, gathered from the name/value pairs its template declares.</summary>
    private Dictionary<string, string> AppSettings()
    {
        var (_, scope) = Template.Single("Microsoft.Web/sites");
        return NameValuePairs(scope.Json["variables"])
            .Select(pair => (Name: scope.ResolveText(pair["name"]), Value: scope.ResolveText(pair["value"]) ?? ""))
            .Where(pair => pair.Name is not null)
            .ToDictionary(pair => pair.Name!, pair => pair.Value);
    }

    private static IEnumerable<JsonObject> NameValuePairs(JsonNode? node) => node switch
    {
        JsonObject o when o.Count == 2 && o.ContainsKey("name") && o.ContainsKey("value") => [o],
        JsonObject o => o.SelectMany(p => NameValuePairs(p.Value)),
        JsonArray a => a.SelectMany(NameValuePairs),
        _ => [],
    };

    /// <summary>The role ids an assignment grants: a copy loop grants one per element of the array it walks.</summary>
    private static IEnumerable<string> RoleIds(JsonObject assignment, ArmScope scope)
    {
        var expression = (string)assignment["properties"]!["roleDefinitionId"]!;
        foreach (Match member in VariableMember().Matches(expression))
        {
            yield return (string)scope.Resolve(scope.Json["variables"]![member.Groups["variable"].Value])![member.Groups["member"].Value]!;
        }
        foreach (Match literal in RoleGuid().Matches(expression))
        {
            yield return literal.Value;
        }
    }

    [GeneratedRegex(@"(Key|Password)$|Secret", RegexOptions.IgnoreCase)]
    private static partial Regex SecretSettingName();

    // The setting's value as compiled: the secret's name is the last segment of the URI in the reference.
    [GeneratedRegex(@"@Microsoft\.KeyVault\(SecretUri=[^)]*/(?<secret>[A-Za-z0-9-]+)/?\)")]
    private static partial Regex KeyVaultReference();

    [GeneratedRegex(@"'(?<secret>[A-Za-z0-9-]+)'\)\]$")]
    private static partial Regex SecretName();

    [GeneratedRegex(@"variables\('(?<variable>\w+)'\)\.(?<member>\w+)")]
    private static partial Regex VariableMember();

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex RoleGuid();
}
