using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Handlers.Http.Reports;

/// <summary>POST api/rollups/{year}[/{month}] (staff): recomputes a month, or a year with each of its months, now.</summary>
public sealed class RollupEndpoints(RollupService rollups)
{
    public async Task<IResult> RecomputeAsync(HttpRequest request, string year, string? month, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (ReportPeriod.Parse(year, month, errors) is not { } period)
        {
            return Problems.Invalid(errors, ApiLanguage.Of(request));
        }
        return await rollups.RecomputeAsync(period, cancellationToken) is { } run
            ? TypedResults.Ok(run)
            : Problems.NotFound("There is nothing to roll up for this period.", $"{period} has not begun yet.");
    }
}
