using ServiceQuality.Domain.Cases;

namespace ServiceQuality.Handlers.Http.Cases;

public sealed record CaseSummaryDto(
    string CaseNumber, DateTimeOffset FiledAt, DateOnly DueDate, bool Overdue, string? Subject, string Channel,
    string Status, string? Category, float? Confidence, int? Priority, string? Unit)
{
    public static CaseSummaryDto From(Case c, DateTimeOffset now) => new(
        c.Number.ToString(), c.FiledAt, c.DueDate, c.IsOverdue(now), c.Subject, c.Channel, c.Status, c.Category, c.Confidence, c.Priority, c.UnitId);
}

public sealed record ContactDto(string? Name, string? Email, string? Phone, string Language);

public sealed record CaseDetailDto(
    string CaseNumber, DateTimeOffset FiledAt, DateOnly DueDate, bool Overdue, string? Subject, string Text, string Channel, string Language,
    string Status, string? Category, float? Confidence, int? Priority, string? Unit, string? Reply, DateTimeOffset? RepliedAt,
    DateTimeOffset? ClosedAt, ContactDto? Contact, IReadOnlyList<CaseEvent> History)
{
    public static CaseDetailDto From(Case c, CaseContact? contact, DateTimeOffset now) => new(
        c.Number.ToString(), c.FiledAt, c.DueDate, c.IsOverdue(now), c.Subject, c.Text, c.Channel, c.Language, c.Status, c.Category,
        c.Confidence, c.Priority, c.UnitId, c.Reply, c.RepliedAt, c.ClosedAt,
        contact is null ? null : new ContactDto(contact.Name, contact.Email, contact.Phone, contact.Language),
        c.History);
}
