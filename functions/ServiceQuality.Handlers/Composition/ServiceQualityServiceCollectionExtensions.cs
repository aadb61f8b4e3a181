using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceQuality.Domain.Calendar;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Classification;
using ServiceQuality.Domain.Comments;
using ServiceQuality.Domain.Complaints;
using ServiceQuality.Domain.Leads;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Privacy;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Cases;
using ServiceQuality.Handlers.Http.Complaints;
using ServiceQuality.Handlers.Http.Leads;
using ServiceQuality.Handlers.Http.Operations;
using ServiceQuality.Handlers.Http.StaffCases;
using ServiceQuality.Handlers.Http.Surveys;
using ServiceQuality.Handlers.Security;
using ServiceQuality.Handlers.Queues;
using ServiceQuality.Handlers.Timers;
using ServiceQuality.ModelRegistry;
using ServiceQuality.Storage.Configuration;

namespace ServiceQuality.Handlers.Composition;

public static class ServiceQualityServiceCollectionExtensions
{
    /// <summary>Everything both hosts need: the same registrations make the same handlers.</summary>
    public static IServiceCollection AddServiceQuality(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DefinitionsOptions>().Bind(configuration.GetSection(DefinitionsOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        // First among the problem writers: browsers asking for a page get an HTML error page, everyone else JSON.
        services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, HtmlErrorPageWriter>());
        services.AddProblemDetails();

        services.AddSingleton(sp => SurveyCatalog.LoadFrom(Definitions(sp).SurveysPath));
        services.AddSingleton(sp => AgencyOrganisation.LoadFrom(Definitions(sp).OrganisationPath));
        services.AddSingleton(sp => Labels.LoadFrom(Definitions(sp).LabelsPath));
        services.AddSingleton<SurveyResponseValidator>();
        services.AddSingleton(sp => new PersonalDataMasker(sp.GetRequiredService<AgencyOrganisation>().PublicContactDetails));
        services.AddSingleton<SurveyResponseService>();
        services.AddSingleton<IStoredResponseObserver, CommentClassificationQueueing>();
        services.AddSingleton<CommentIntakeService>();
        services.AddSingleton<CommentIntakeHandler>();

        services.AddOptions<ClassificationOptions>().Bind(configuration.GetSection(ClassificationOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ClassificationOptions>>().Value);
        services.AddSingleton(sp => WorkingDayCalendar.LoadFrom(Definitions(sp).CalendarPath));
        services.AddSingleton(sp => CategoryMap.LoadFrom(Definitions(sp).CategoriesPath, sp.GetRequiredService<AgencyOrganisation>()));
        services.AddSingleton(sp => PriorityScorer.LoadFrom(Definitions(sp).PriorityTermsPath));
        services.AddSingleton<ComplaintIntakeService>();
        services.AddSingleton<CaseClassificationService>();
        services.AddSingleton<CaseClassificationHandler>();
        services.AddSingleton<CaseTriageService>();
        services.AddOptions<CaseInboxOptions>().Bind(configuration.GetSection(CaseInboxOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CaseInboxOptions>>().Value);
        services.AddSingleton<CaseInbox>();
        services.AddSingleton(sp => ReplyTemplates.LoadFrom(Definitions(sp).RepliesPath, sp.GetRequiredService<AgencyOrganisation>()));
        services.AddSingleton(sp => MarketplaceRules.LoadFrom(Definitions(sp).MarketplacesPath));
        services.AddSingleton<SellerMentionExtractor>();
        services.AddSingleton<SellerLeadService>();
        services.AddSingleton<ICaseRoutedObserver, SellerLeadRouting>();
        services.AddSingleton<LeadEndpoints>();

        services.AddSingleton<ListSurveysEndpoint>();
        services.AddSingleton<GetSurveyEndpoint>();
        services.AddSingleton<PostSurveyResponseEndpoint>();
        services.AddSingleton<SurveyFormEndpoint>();
        services.AddSingleton<AssetsEndpoint>();
        services.AddSingleton<LandingEndpoint>();
        services.AddSingleton<PostComplaintEndpoint>();
        services.AddSingleton<ComplaintFormEndpoint>();
        services.AddSingleton<ComplaintStatusEndpoint>();
        services.AddSingleton<CaseEndpoints>();
        services.AddSingleton<StaffCaseEndpoints>();
        services.AddSingleton<PoisonEndpoints>();
        services.AddSingleton<NotFoundEndpoint>();
        services.AddEtiquetteTests();
        services.AddReports(configuration);
        services.AddEmail(configuration);
        services.AddPrivacy(configuration);
        services.AddRequestSecurity(configuration);
        services.AddStaffIdentity(configuration);
        services.AddStaffPages();
        services.AddSurveyTokens(configuration);
        services.AddIntegrity(configuration);

        services.AddServiceQualityStorage(configuration);
        services.AddServiceQualityModels(configuration);
        services.AddSingleton<ModelRetrainingTimer>();
        services.AddSingleton<Domain.Reports.MonthlyReportMailer>();
        services.AddSingleton<MonthlyReportTimer>();
        services.AddHostedService<ModelWarmUp>();
        services.AddHostedService<StartupChecks>();
        services.AddHostedService<StorageStartup>();
        return services;
    }

    private static DefinitionsOptions Definitions(IServiceProvider services) => services.GetRequiredService<IOptions<DefinitionsOptions>>().Value;
}
