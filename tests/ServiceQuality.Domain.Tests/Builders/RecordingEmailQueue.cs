using System.Collections.Concurrent;
using ServiceQuality.Domain.Email;

namespace ServiceQuality.Domain.Tests.Builders;

/// <summary>The e-mail queue port, keeping what was queued for the test to read.</summary>
public sealed class RecordingEmailQueue : IEmailQueue
{
    private readonly ConcurrentQueue<EmailMessage> _messages = new();

    public IReadOnlyList<EmailMessage> Messages => _messages.ToList();

    public Task EnqueueAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        _messages.Enqueue(message);
        return Task.CompletedTask;
    }
}
