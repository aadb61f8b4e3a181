using ServiceQuality.Domain.Comments;

namespace ServiceQuality.Handlers.Queues;

/// <summary>
/// Queue comments-to-classify: gives each survey comment a topic and a sentiment and stores it. A failure is thrown,
/// so the queue retries the message and finally moves it to the poison queue.
/// </summary>
public sealed class CommentIntakeHandler(CommentIntakeService intake)
{
    public Task HandleAsync(CommentToClassify message, CancellationToken cancellationToken) =>
        intake.TakeInAsync(message, cancellationToken);
}
