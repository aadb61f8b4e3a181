namespace ServiceQuality.Domain.Cases;

/// <summary>One entry of a case's history: who did what, when.</summary>
public sealed record CaseEvent(DateTimeOffset At, string Actor, string Kind, string? Detail = null);
