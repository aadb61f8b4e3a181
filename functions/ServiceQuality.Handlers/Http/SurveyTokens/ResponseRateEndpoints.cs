using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.ResponseRates;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Http.SurveyTokens;

/// <summary>GET api/response-rates/{year}/{month} (managers): responses against tokens minted and forms opened.</summary>
public sealed class ResponseRateEndpoints(ResponseRateService rates, StaffGate gate)
{
    public async Task<IResult> GetAsync(HttpRequest request, string year, string month, CancellationToken cancellationToken)
    {
        if (!gate.TryApi(request, out _, out var refusal, StaffRoles.Manager))
        {
            return refusal;
        }
        var errors = new ValidationErrors();
        if (ReportPeriod.Parse(year, month, errors) is not { Month: { } m } period)
        {
            return Problems.Invalid(errors, ApiLanguage.Of(request));
        }
        return TypedResults.Ok(await rates.RatesAsync(new MonthKey(period.Year, m), cancellationToken));
    }
}
