using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Cases;

/// <summary>A complaint or petition and what has been done with it. Contact details are kept apart.</summary>
public sealed record Case(
    CaseNumber Number,
    DateTimeOffset FiledAt,
    DateOnly DueDate,
    string? Subject,
    string Text,
    string Channel,
    string Language,
    string Status,
    string? Category,
    float? Confidence,
    int? Priority,
    string? UnitId,
    string? Reply,
    DateTimeOffset? RepliedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<CaseEvent> History)
{
    /// <summary>Past its due date without a reply, judged by the Taipei calendar date of <paramref name="now"/>.</summary>
    public bool IsOverdue(DateTimeOffset now) => RepliedAt is null && Status != CaseStatus.Closed && TaipeiTime.DateOf(now) > DueDate;

    public Case With(CaseEvent entry) => this with { History = [.. History, entry] };
}
