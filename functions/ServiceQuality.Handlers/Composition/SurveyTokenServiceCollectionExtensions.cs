using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.ResponseRates;
using ServiceQuality.Domain.SurveyTokens;
using ServiceQuality.Handlers.Http.SurveyTokens;
using ServiceQuality.Handlers.Timers;
using ServiceQuality.Storage.Configuration;

namespace ServiceQuality.Handlers.Composition;

public static class SurveyTokenServiceCollectionExtensions
{
    /// <summary>Transaction-linked survey tokens, their QR codes, the purge timer and response rates.</summary>
    public static IServiceCollection AddSurveyTokens(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SurveyTokenOptions>()
            .Bind(configuration.GetSection(SurveyTokenOptions.Section))
            .Validate(o => !o.Problems().Any(), "SurveyTokens:ExpiryDays must be between 1 and 90.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SurveyTokenOptions>>().Value);
        services.AddSingleton<SurveyTokenValidator>();
        services.AddSingleton<SurveyTokenService>();
        services.AddSingleton<IInvitationUseListener>(sp => sp.GetRequiredService<SurveyTokenService>());
        services.AddSingleton<ResponseRateService>();
        services.AddSingleton<SurveyTokenEndpoints>();
        services.AddSingleton<ResponseRateEndpoints>();
        services.AddSingleton<SurveyTokenPurgeTimer>();
        services.AddSurveyTokenStorage();
        return services;
    }
}
