namespace ServiceQuality.Domain.Cases;

public static class CaseStatus
{
    /// <summary>Filed and waiting for classification.</summary>
    public const string Received = "received";
    /// <summary>Classified with enough confidence and sent to its unit.</summary>
    public const string Routed = "routed";
    /// <summary>Classified below the confidence threshold: staff choose the category.</summary>
    public const string NeedsReview = "needs-review";
    public const string Replied = "replied";
    public const string Closed = "closed";

    public static IReadOnlyList<string> All { get; } = [Received, Routed, NeedsReview, Replied, Closed];

    public static bool IsOpen(string status) => status is not Closed;
}
