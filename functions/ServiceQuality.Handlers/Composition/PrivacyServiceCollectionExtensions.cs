using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Email;
using ServiceQuality.Domain.Privacy;
using ServiceQuality.Handlers.Http.Audit;
using ServiceQuality.Handlers.Timers;

namespace ServiceQuality.Handlers.Composition;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>The contact and outbox purges and the audit trail's endpoint.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PrivacyOptions>>().Value);
        services.AddSingleton<ContactPurgeService>();
        services.AddSingleton<OutboxPurgeService>();
        services.AddSingleton<ContactPurgeTimer>();
        services.AddSingleton<AuditEndpoints>();
        return services;
    }
}
