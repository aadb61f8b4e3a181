namespace ServiceQuality.Handlers.Staff;

/// <summary>The development sign-in and the staff forms' anti-forgery tokens (section "Staff").</summary>
public sealed class StaffOptions
{
    public const string Section = "Staff";

    /// <summary>
    /// Signs the development sign-in cookie and the staff forms' tokens. Set the same key on every instance;
    /// without it each process draws its own, and a restart signs everyone out.
    /// </summary>
    public string? SignInKey { get; set; }

    /// <summary>How long a development sign-in lasts.</summary>
    public TimeSpan SignInLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How long a staff form stays valid after the page was rendered.</summary>
    public TimeSpan FormTokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
