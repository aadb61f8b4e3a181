using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceQuality.Domain.Integrity;
using ServiceQuality.Handlers.Http.Integrity;

namespace ServiceQuality.Handlers.Composition;

public static class IntegrityServiceCollectionExtensions
{
    /// <summary>Burst detection and quarantine, publication decisions and kiosks: services and staff endpoints.</summary>
    public static IServiceCollection AddIntegrity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IntegrityOptions>().Bind(configuration.GetSection(IntegrityOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<IntegrityOptions>>().Value);
        services.AddSingleton<BurstDetector>();
        services.AddSingleton<PublicationService>();
        services.AddSingleton<QuarantineService>();
        services.AddSingleton<KioskEndpoints>();
        services.AddSingleton<PublicationEndpoints>();
        services.AddSingleton<QuarantineEndpoints>();
        return services;
    }
}
