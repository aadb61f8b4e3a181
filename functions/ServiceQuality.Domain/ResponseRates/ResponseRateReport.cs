namespace ServiceQuality.Domain.ResponseRates;

/// <summary>The response rates of one Taipei month.</summary>
public sealed record ResponseRateReport(string Month, IReadOnlyList<ResponseRate> Rates);
