namespace ServiceQuality.Domain.Audit;

/// <summary>One staff action on personal or case data: who did what to which resource, and when.</summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string Resource, string? Detail = null);
