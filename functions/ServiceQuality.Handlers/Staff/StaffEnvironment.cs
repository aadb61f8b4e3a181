using Microsoft.Extensions.Configuration;

namespace ServiceQuality.Handlers.Staff;

/// <summary>
/// Where the app runs, as the Functions host says it. The isolated worker's IHostEnvironment does not follow
/// AZURE_FUNCTIONS_ENVIRONMENT (azure-functions-dotnet-worker#2959), so the setting itself is read: Core Tools
/// and the local host set it to Development, Azure leaves it unset (Production). WEBSITE_AUTH_ENABLED is set by
/// App Service when App Service Authentication is on; only then do the X-MS-CLIENT-PRINCIPAL headers come from
/// the platform rather than from whoever sent the request.
/// </summary>
public sealed class StaffEnvironment(IConfiguration configuration)
{
    public const string EnvironmentSetting = "AZURE_FUNCTIONS_ENVIRONMENT";
    public const string EasyAuthSetting = "WEBSITE_AUTH_ENABLED";
    public const string Development = "Development";

    public bool IsDevelopment => string.Equals(configuration[EnvironmentSetting], Development, StringComparison.OrdinalIgnoreCase);

    public bool EasyAuthEnabled => bool.TryParse(configuration[EasyAuthSetting], out var enabled) && enabled;
}
