namespace ServiceQuality.Domain.Cases;

/// <summary>A validated complaint before it has a number.</summary>
public sealed record CaseDraft(
    DateTimeOffset FiledAt,
    DateOnly DueDate,
    string? Subject,
    string Text,
    string Channel,
    string Language,
    string Fingerprint);
