namespace ServiceQuality.Domain.Email;

/// <summary>A rendered e-mail, ready for the sender: both a plain-text and an HTML body.</summary>
public sealed record OutgoingEmail(
    string Id,
    string Kind,
    string Language,
    string To,
    string? ToName,
    string Subject,
    string TextBody,
    string HtmlBody,
    string? Link,
    DateTimeOffset CreatedAt);
