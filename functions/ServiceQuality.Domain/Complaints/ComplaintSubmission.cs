namespace ServiceQuality.Domain.Complaints;

/// <summary>A complaint or petition as the citizen sent it.</summary>
public sealed record ComplaintSubmission(
    string? Subject,
    string? Text,
    string? Name,
    string? Email,
    string? Phone,
    string? Language,
    string? Channel);
