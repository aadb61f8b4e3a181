namespace ServiceQuality.Domain.Cases;

/// <summary>Bound from the "CaseInbox" configuration section.</summary>
public sealed class CaseInboxOptions
{
    public const string Section = "CaseInbox";

    /// <summary>How many cases one page of the staff inbox lists.</summary>
    public int PageSize { get; set; } = 25;
}
