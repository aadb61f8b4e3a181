namespace ServiceQuality.Domain.Email;

/// <summary>Limits on what one address can be sent; bound from the EmailLimits configuration section.</summary>
public sealed class EmailLimitsOptions
{
    public const string Section = "EmailLimits";

    /// <summary>
    /// Acknowledgements one address receives per Taipei day. Anyone can file a complaint naming any address, so
    /// without a limit the agency could be made to mail someone without end.
    /// </summary>
    public int AcknowledgementsPerAddressPerDay { get; set; } = 3;
}
