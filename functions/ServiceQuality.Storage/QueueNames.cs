namespace ServiceQuality.Storage;

/// <summary>Queue names, shared by the producers and by the trigger attributes of both hosts.</summary>
public static class QueueNames
{
    public const string CommentsToClassify = "comments-to-classify";
    public const string CasesToClassify = "cases-to-classify";
    public const string EmailOutbox = "email-outbox";

    /// <summary>Where the host moves a message that failed maxDequeueCount times, as the Functions host does.</summary>
    public static string Poison(string queue) => $"{queue}-poison";

    public static IReadOnlyList<string> All { get; } = [CommentsToClassify, CasesToClassify, EmailOutbox];
}
