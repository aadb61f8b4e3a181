namespace ServiceQuality.Domain.Cases;

/// <summary>What staff list cases by; null means any.</summary>
public sealed record CaseFilter(int Year, string? Status = null, string? UnitId = null, string? Category = null, bool? Overdue = null);
