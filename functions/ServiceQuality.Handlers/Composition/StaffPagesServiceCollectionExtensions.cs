using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Handlers.Http.Staff.Etiquette;
using ServiceQuality.Handlers.Http.Staff.Home;
using ServiceQuality.Handlers.Http.Staff.Leads;
using ServiceQuality.Handlers.Http.Staff.Operations;

namespace ServiceQuality.Handlers.Composition;

public static class StaffPagesServiceCollectionExtensions
{
    /// <summary>The staff home, etiquette, seller lead and operations pages.</summary>
    public static IServiceCollection AddStaffPages(this IServiceCollection services)
    {
        services.AddSingleton<CaseWorkloadService>();
        services.AddSingleton<StaffHomeEndpoint>();
        services.AddSingleton<StaffEtiquetteEndpoint>();
        services.AddSingleton<StaffLeadEndpoints>();
        services.AddSingleton<StaffOperationsEndpoints>();
        return services;
    }
}
