namespace ServiceQuality.Domain.Reports;

/// <summary>Settings of the published report and open data, bound from the "Reports" configuration section.</summary>
public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>
    /// A group with fewer responses than this is not published: with so few, a figure could point at a person.
    /// </summary>
    public int MinimumCellSize { get; set; } = 5;
}
