namespace ServiceQuality.Handlers.Http.Audit;

public sealed record AuditEntryDto(DateTimeOffset At, string Actor, string Action, string Resource, string? Detail);
