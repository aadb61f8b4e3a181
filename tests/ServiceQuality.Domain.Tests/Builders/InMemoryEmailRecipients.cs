using ServiceQuality.Domain.Email;

namespace ServiceQuality.Domain.Tests.Builders;

public sealed class InMemoryEmailRecipients : IEmailRecipientStore
{
    private readonly Dictionary<(string, DateOnly), List<string>> _acknowledged = [];
    private readonly HashSet<string> _confirmed = [];

    public Task<int> CountAcknowledgementAsync(string recipientKey, DateOnly day, string caseNumber, CancellationToken cancellationToken)
    {
        var cases = _acknowledged.TryGetValue((recipientKey, day), out var list) ? list : _acknowledged[(recipientKey, day)] = [];
        if (!cases.Contains(caseNumber))
        {
            cases.Add(caseNumber);
        }
        return Task.FromResult(cases.IndexOf(caseNumber) + 1);
    }

    public Task<bool> IsConfirmedAsync(string recipientKey, CancellationToken cancellationToken) => Task.FromResult(_confirmed.Contains(recipientKey));

    public Task ConfirmAsync(string recipientKey, DateTimeOffset confirmedAt, CancellationToken cancellationToken)
    {
        _confirmed.Add(recipientKey);
        return Task.CompletedTask;
    }
}
