namespace ServiceQuality.Domain.Comments;

public static class CommentStatus
{
    public const string AwaitingClassification = "awaiting-classification";
    public const string Classified = "classified";
}
