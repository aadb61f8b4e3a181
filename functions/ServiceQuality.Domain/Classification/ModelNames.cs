namespace ServiceQuality.Domain.Classification;

/// <summary>The text models the pipeline scores with; each is trained from its own labelled data.</summary>
public static class ModelNames
{
    public const string ComplaintCategory = "complaint-category";
    public const string CommentTopic = "comment-topic";
    public const string CommentSentiment = "comment-sentiment";

    public static IReadOnlyList<string> All { get; } = [ComplaintCategory, CommentTopic, CommentSentiment];
}
