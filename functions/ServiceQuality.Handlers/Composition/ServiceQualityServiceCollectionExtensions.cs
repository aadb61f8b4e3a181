using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceQuality.Domain.Comments;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Surveys;
using ServiceQuality.Storage.Configuration;

namespace ServiceQuality.Handlers.Composition;

public static class ServiceQualityServiceCollectionExtensions
{
    /// <summary>Everything both hosts need: the same registrations make the same handlers.</summary>
    public static IServiceCollection AddServiceQuality(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DefinitionsOptions>().Bind(configuration.GetSection(DefinitionsOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddProblemDetails();

        services.AddSingleton(sp => SurveyCatalog.LoadFrom(sp.GetRequiredService<IOptions<DefinitionsOptions>>().Value.SurveysPath));
        services.AddSingleton(sp => AgencyOrganisation.LoadFrom(sp.GetRequiredService<IOptions<DefinitionsOptions>>().Value.OrganisationPath));
        services.AddSingleton<SurveyResponseValidator>();
        services.AddSingleton<SurveyResponseService>();
        services.AddSingleton<CommentIntakeHandler>();

        services.AddSingleton<ListSurveysEndpoint>();
        services.AddSingleton<GetSurveyEndpoint>();
        services.AddSingleton<PostSurveyResponseEndpoint>();
        services.AddSingleton<SurveyFormEndpoint>();
        services.AddSingleton<AssetsEndpoint>();

        services.AddServiceQualityStorage(configuration);
        services.AddHostedService<StorageStartup>();
        return services;
    }
}
