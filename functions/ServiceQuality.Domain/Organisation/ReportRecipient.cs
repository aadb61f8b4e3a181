namespace ServiceQuality.Domain.Organisation;

/// <summary>A manager who receives the monthly report summary, in their language.</summary>
public sealed record ReportRecipient(string Email, string? Name, string Language);
