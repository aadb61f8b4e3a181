namespace ServiceQuality.Domain.Comments;

public interface ICommentQueue
{
    Task EnqueueAsync(CommentToClassify message, CancellationToken cancellationToken);
}
