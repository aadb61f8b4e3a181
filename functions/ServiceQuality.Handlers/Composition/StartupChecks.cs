using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceQuality.Domain.Calendar;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Classification;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Composition;

/// <summary>
/// Reads every data file at start-up, so a broken survey, unit map or a missing calendar for this year stops
/// the host with a clear message instead of failing a citizen's request later.
/// </summary>
public sealed class StartupChecks(IServiceProvider services, TimeProvider time) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<SurveyCatalog>();
        services.GetRequiredService<AgencyOrganisation>();
        services.GetRequiredService<StaffDirectory>();
        services.GetRequiredService<CategoryMap>();
        services.GetRequiredService<PriorityScorer>();
        services.GetRequiredService<ReplyTemplates>();
        services.GetRequiredService<WorkingDayCalendar>().EnsureCovers(TaipeiTime.DateOf(time.GetUtcNow()).Year);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
