using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceQuality.Domain.Etiquette;

namespace ServiceQuality.Handlers.Composition;

/// <summary>Reads the phone-etiquette rubric at start-up, so a rubric whose points do not add up stops the host with its reason.</summary>
public sealed class EtiquetteStartupChecks(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<EtiquetteRubric>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
