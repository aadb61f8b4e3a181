using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Http.Etiquette;

/// <summary>GET api/etiquette-tests/coverage and api/etiquette-tests/figures: the four-month rule and the report figures.</summary>
public sealed class EtiquetteReportEndpoints(
    EtiquetteCoverageService coverage, EtiquetteFiguresService figures, AgencyOrganisation organisation, StaffGate gate, TimeProvider time)
{
    /// <summary>?date=yyyy-MM-dd (today in Taipei by default): the period it falls in, and the one before.</summary>
    public async Task<IResult> CoverageAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!gate.TryApi(request, out _, out var refusal, EtiquetteTestEndpoints.Readers))
        {
            return refusal;
        }
        var asOf = TaipeiTime.DateOf(time.GetUtcNow());
        var text = request.Query["date"].ToString().Trim();
        if (text.Length > 0 && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            return Problems.Invalid(new ValidationErrors().Add("date", "日期格式須為 yyyy-MM-dd。", "The date must be yyyy-MM-dd."), ApiLanguage.Of(request));
        }
        var status = await coverage.StatusAsync(asOf, cancellationToken);
        return TypedResults.Ok(new EtiquetteCoverageDto(
            status.AsOf, PeriodCoverageDto.From(status.Current, organisation), PeriodCoverageDto.From(status.Previous, organisation)));
    }

    /// <summary>?year= (this Taipei year by default) and ?month= (1–12); without a month, the figures of the year.</summary>
    public async Task<IResult> FiguresAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!gate.TryApi(request, out _, out var refusal, EtiquetteTestEndpoints.Readers))
        {
            return refusal;
        }
        var errors = new ValidationErrors();
        var year = EtiquetteQuery.Year(request.Query, TaipeiTime.DateOf(time.GetUtcNow()).Year, errors);
        var month = EtiquetteQuery.Month(request.Query, errors);
        if (!errors.IsEmpty)
        {
            return Problems.Invalid(errors, ApiLanguage.Of(request));
        }
        return TypedResults.Ok(month is { } m
            ? await figures.ForMonthAsync(year!.Value, m, cancellationToken)
            : await figures.ForYearAsync(year!.Value, cancellationToken));
    }
}
