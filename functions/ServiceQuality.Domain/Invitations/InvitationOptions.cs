namespace ServiceQuality.Domain.Invitations;

/// <summary>How survey invitations are signed and linked; bound from the Invitations configuration section.</summary>
public sealed class InvitationOptions
{
    public const string Section = "Invitations";
    public const int MinimumKeyLength = 32;

    /// <summary>The HMAC-SHA256 key; required. In Azure a Key Vault reference.</summary>
    public string SigningKey { get; set; } = "";

    public int ExpiryDays { get; set; } = 30;

    /// <summary>Where citizens reach the survey pages; the invitation link starts with it.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:7071";

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(SigningKey) || SigningKey.Length < MinimumKeyLength)
        {
            yield return $"Invitations:SigningKey is required and must be at least {MinimumKeyLength} characters.";
        }
        if (ExpiryDays is < 1 or > 365)
        {
            yield return "Invitations:ExpiryDays must be between 1 and 365.";
        }
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            yield return "Invitations:PublicBaseUrl must be an absolute http or https address.";
        }
    }
}
