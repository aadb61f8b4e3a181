using ServiceQuality.Domain.Email;

namespace ServiceQuality.Handlers.Http.Email;

public sealed record OutboxEmailDto(
    string Id, string Kind, string Language, string To, string? ToName, string Subject, string TextBody, string HtmlBody, string? Link, DateTimeOffset CreatedAt)
{
    public static OutboxEmailDto From(OutgoingEmail e) => new(e.Id, e.Kind, e.Language, e.To, e.ToName, e.Subject, e.TextBody, e.HtmlBody, e.Link, e.CreatedAt);
}
