using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Handlers.Http.Reports;

/// <summary>The representations of the report and open data: JSON unless CSV is asked for by ?format= or Accept.</summary>
public enum ReportFormat
{
    Json,
    Csv,
}

public static class ReportFormats
{
    public const string CsvType = "text/csv; charset=utf-8";

    /// <summary>?format=json|csv wins; otherwise an Accept header naming text/csv; otherwise JSON. Null for an unknown format.</summary>
    public static ReportFormat? Of(HttpRequest request, ValidationErrors errors)
    {
        var format = request.Query["format"].ToString().Trim();
        if (format.Length > 0)
        {
            switch (format.ToLowerInvariant())
            {
                case "json":
                    return ReportFormat.Json;
                case "csv":
                    return ReportFormat.Csv;
                default:
                    errors.Add("format", "格式須為 json 或 csv。", "The format must be json or csv.");
                    return null;
            }
        }
        return request.Headers.Accept.ToString().Contains("text/csv", StringComparison.OrdinalIgnoreCase) ? ReportFormat.Csv : ReportFormat.Json;
    }
}
