using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ServiceQuality.Handlers.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>The request guard and form protection, the same in both hosts.</summary>
    public static IServiceCollection AddRequestSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section));
        services.AddOptions<FormProtectionOptions>().Bind(configuration.GetSection(FormProtectionOptions.Section));
        services.AddSingleton<ClientRateLimiter>();
        services.AddSingleton<RequestGuard>();
        services.AddSingleton<FormTokens>();
        services.AddSingleton<FormGuard>();
        services.AddOptions<OpenResponseOptions>().Bind(configuration.GetSection(OpenResponseOptions.Section));
        services.AddSingleton<ClientKeys>();
        services.AddSingleton<OpenResponseBudget>();
        services.AddSingleton<KioskTokens>();
        services.AddSingleton<OpenResponseGate>();
        services.AddSingleton<FormViews>();
        return services;
    }
}
