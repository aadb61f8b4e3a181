namespace ServiceQuality.Domain.Email;

/// <summary>
/// Queue message: one e-mail to send. It names a template and the values to fill in rather than the
/// rendered text, so a long staff reply fits within a queue message once, not twice (text and HTML).
/// </summary>
public sealed record EmailMessage(
    string Id,
    string Template,
    string Language,
    string To,
    string? ToName,
    IReadOnlyDictionary<string, string> Values,
    DateTimeOffset CreatedAt);
