namespace ServiceQuality.Domain.Privacy;

/// <summary>How long personal data is kept, bound from the "Privacy" configuration section.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// Days after a case is closed before its contact details are deleted: long enough for a follow-up
    /// question about the reply, short enough that the data does not outlive its purpose (PDPA art. 11).
    /// </summary>
    public int ContactRetentionDays { get; set; } = 90;

    /// <summary>
    /// Days an e-mail stays in the stored outbox. The outbox holds citizens' addresses and the replies sent to them,
    /// so it must not keep them longer than the contact record itself.
    /// </summary>
    public int OutboxRetentionDays { get; set; } = 90;

    /// <summary>How many filing years the daily purge looks back over; a case is rarely open longer.</summary>
    public int YearsToScan { get; set; } = 3;
}
