using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceQuality.Domain.Email;

namespace ServiceQuality.Handlers.Composition;

/// <summary>Reads the e-mail templates at start-up, so a missing or broken template stops the host with its reason rather than poisoning messages later.</summary>
public sealed class EmailStartupChecks(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<EmailTemplates>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
