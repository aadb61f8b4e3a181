using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceQuality.Domain.OpenData;
using ServiceQuality.Domain.Comments;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Handlers.Http.Comments;
using ServiceQuality.Handlers.Http.Reports;
using ServiceQuality.Handlers.Timers;
using ServiceQuality.Storage.Configuration;

namespace ServiceQuality.Handlers.Composition;

public static class ReportServiceCollectionExtensions
{
    /// <summary>Rollups, the published report and open data: services, endpoints, timer and storage.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportOptions>()
            .Bind(configuration.GetSection(ReportOptions.Section))
            .Validate(o => o.MinimumCellSize >= 1, "Reports:MinimumCellSize must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ReportOptions>>().Value);
        services.AddSingleton<SurveyRollupCalculator>();
        services.AddSingleton<PetitionFiguresCalculator>();
        services.AddSingleton<RollupService>();
        services.AddSingleton<PerformanceReportService>();
        services.AddSingleton<PersonalDataScrubber>();
        services.AddSingleton<OpenDataService>();
        services.AddSingleton<RollupTimer>();

        services.AddSingleton<RollupEndpoints>();
        services.AddSingleton<ReportEndpoints>();
        services.AddSingleton<OpenDataEndpoints>();
        services.AddSingleton<CommentReader>();
        services.AddSingleton<CommentsPageEndpoint>();

        services.AddReportStorage();
        return services;
    }
}
