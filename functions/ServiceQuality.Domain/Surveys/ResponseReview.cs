namespace ServiceQuality.Domain.Surveys;

/// <summary>
/// The review states of a response. A response with no state is counted as given; the rollup quarantines the open
/// responses of a burst, and staff release them (counted again, never quarantined again) or discard them.
/// </summary>
public static class ResponseReview
{
    public const string Quarantined = "quarantined";
    public const string Released = "released";
    public const string Discarded = "discarded";

    public static bool IsCounted(string? review) => review is null or Released;
}
