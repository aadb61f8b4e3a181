using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Timers;

namespace ServiceQuality.Functions.Timers;

public sealed class PrivacyTimerFunctions(ContactPurgeTimer purge)
{
    [Function("PurgeCaseContacts")]
    public Task Run([TimerTrigger(Schedules.ContactPurge)] TimerInfo timer, CancellationToken cancellationToken) => purge.RunAsync(cancellationToken);
}
