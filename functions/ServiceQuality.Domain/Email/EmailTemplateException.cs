namespace ServiceQuality.Domain.Email;

/// <summary>An e-mail template file breaks a rule; the host refuses to start with the reason.</summary>
public sealed class EmailTemplateException(string message) : Exception(message);
