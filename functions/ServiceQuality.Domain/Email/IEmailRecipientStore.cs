namespace ServiceQuality.Domain.Email;

/// <summary>What is known about a recipient address, stored under its keyed hash (<see cref="CaseStatusLinks.RecipientKey"/>).</summary>
public interface IEmailRecipientStore
{
    /// <summary>
    /// Counts the acknowledgement of <paramref name="caseNumber"/> among that day's acknowledgements to the recipient
    /// and returns its place (1 for the first). Counting the same case again returns the same place, so a retried
    /// complaint does not use up the allowance.
    /// </summary>
    Task<int> CountAcknowledgementAsync(string recipientKey, DateOnly day, string caseNumber, CancellationToken cancellationToken);

    Task<bool> IsConfirmedAsync(string recipientKey, CancellationToken cancellationToken);

    Task ConfirmAsync(string recipientKey, DateTimeOffset confirmedAt, CancellationToken cancellationToken);
}
