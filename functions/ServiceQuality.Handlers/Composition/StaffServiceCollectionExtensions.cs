using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Handlers.Pages.Staff;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Composition;

public static class StaffServiceCollectionExtensions
{
    /// <summary>Staff identities: the directory, the Easy Auth principal, the development sign-in, the gate and the layout.</summary>
    public static IServiceCollection AddStaffIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StaffOptions>().Bind(configuration.GetSection(StaffOptions.Section));
        services.AddSingleton(sp => StaffDirectory.LoadFrom(
            sp.GetRequiredService<IOptions<DefinitionsOptions>>().Value.StaffPath, sp.GetRequiredService<AgencyOrganisation>()));
        services.AddSingleton<StaffEnvironment>();
        services.AddSingleton<StaffSessionCookie>();
        services.AddSingleton<StaffIdentity>();
        services.AddSingleton<StaffForms>();
        services.AddSingleton<StaffLayout>();
        services.AddSingleton<StaffGate>();
        services.AddSingleton<StaffSignInEndpoints>();
        return services;
    }
}
