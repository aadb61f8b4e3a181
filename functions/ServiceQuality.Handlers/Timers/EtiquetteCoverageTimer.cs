using Microsoft.Extensions.Logging;
using ServiceQuality.Domain.Etiquette;

namespace ServiceQuality.Handlers.Timers;

/// <summary>
/// Daily: writes each unit's phone-etiquette coverage of the current and the previous period to the
/// EtiquetteCoverage table and warns about the units not yet tested, so none reaches the end of a period unnoticed.
/// </summary>
public sealed class EtiquetteCoverageTimer(EtiquetteCoverageService coverage, ILogger<EtiquetteCoverageTimer> logger)
{
    public async Task<EtiquetteCoverageStatus> RunAsync(CancellationToken cancellationToken)
    {
        var status = await coverage.CheckAsync(cancellationToken);
        var current = status.Current;
        foreach (var unit in current.Untested)
        {
            logger.LogWarning("Unit {Unit} has had no phone-etiquette test in {Period}, which ends on {LastDay}.", unit.UnitId, current.Period, current.LastDay);
        }
        foreach (var unit in status.Previous.Untested)
        {
            logger.LogWarning("Unit {Unit} had no phone-etiquette test in {Period}.", unit.UnitId, status.Previous.Period);
        }
        logger.LogInformation("Phone-etiquette coverage of {Period}: {Tested} of {Units} units tested as of {AsOf}.",
            current.Period, current.UnitsTested, current.Units.Count, status.AsOf);
        return status;
    }
}
