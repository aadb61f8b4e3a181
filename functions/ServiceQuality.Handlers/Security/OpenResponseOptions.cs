namespace ServiceQuality.Handlers.Security;

/// <summary>
/// Limits on open responses (no transaction token, no invitation) and on counted form views, bound from the
/// "OpenResponses" configuration section. Far below the page-read limit of <see cref="RateLimitOptions"/>: a citizen
/// answers a survey once, a script answers it a thousand times.
/// </summary>
public sealed class OpenResponseOptions
{
    public const string Section = "OpenResponses";

    /// <summary>Open responses one client address may send in a minute.</summary>
    public int PerMinute { get; set; } = 3;

    /// <summary>Open responses one client address may send in a day.</summary>
    public int PerDay { get; set; } = 30;

    /// <summary>Responses one kiosk may send in a minute: a queue of citizens at one counter.</summary>
    public int KioskPerMinute { get; set; } = 10;

    /// <summary>Responses one kiosk may send in a day.</summary>
    public int KioskPerDay { get; set; } = 500;

    /// <summary>Form views counted per client address, survey and day, for visitors without the view cookie.</summary>
    public int ViewsPerAddressPerDay { get; set; } = 5;

    /// <summary>
    /// The HMAC key of client keys and view cookies. Every instance must share it; without it each process draws a
    /// random key, and the quarantine then groups one address's responses per instance only.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>The HMAC key of kiosk credentials, shared with nothing else; random per process when not set.</summary>
    public string? KioskSigningKey { get; set; }
}
