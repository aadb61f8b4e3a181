namespace ServiceQuality.Handlers.Security;

/// <summary>Anti-forgery tokens of the citizen forms, bound from the "FormProtection" configuration section.</summary>
public sealed class FormProtectionOptions
{
    public const string Section = "FormProtection";

    /// <summary>
    /// The HMAC key of form tokens. Every instance must share it (set it in the app settings); without it each
    /// process draws a random key, which is enough for a single local host.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>How long a rendered form may be sent: long enough to write a complaint at leisure.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(4);
}
