using System.Net;
using Microsoft.Extensions.Logging;
using SendGrid;
using SendGrid.Helpers.Mail;
using ServiceQuality.Domain.Email;

namespace ServiceQuality.Storage.Email;

/// <summary>
/// Sends through SendGrid. A 429 or 5xx answer is tried again a few times, waiting as long as Retry-After
/// asks (capped) or backing off; then, and on any other failure, it throws so the queue retries the message
/// later and finally moves it to the poison queue. Addresses, content and the key are never logged.
/// </summary>
public sealed class SendGridEmailSender(ISendGridClient client, SendGridOptions options, TimeProvider time, ILogger<SendGridEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        var message = MailHelper.CreateSingleEmail(
            new EmailAddress(options.FromAddress, options.FromName),
            new EmailAddress(email.To, email.ToName),
            email.Subject,
            email.TextBody,
            email.HtmlBody);
        for (var attempt = 1; ; attempt++)
        {
            var response = await client.SendEmailAsync(message, cancellationToken);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                logger.LogInformation("E-mail {MessageId} ({Kind}) accepted by SendGrid ({Status}).", email.Id, email.Kind, status);
                return;
            }
            if (!IsTransient(response.StatusCode) || attempt >= options.MaxAttempts)
            {
                logger.LogWarning("E-mail {MessageId} ({Kind}) not accepted by SendGrid: {Status} after {Attempts} attempts.", email.Id, email.Kind, status, attempt);
                throw new EmailDeliveryException(email.Id, status);
            }
            var wait = Wait(response, attempt);
            logger.LogInformation("SendGrid answered {Status} for e-mail {MessageId}; trying again in {Wait}.", status, email.Id, wait);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    private TimeSpan Wait(Response response, int attempt)
    {
        var retryAfter = response.Headers?.RetryAfter;
        var asked = retryAfter?.Delta
            ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : TimeSpan.FromSeconds(Math.Pow(2, attempt - 1)));
        return asked < TimeSpan.Zero ? TimeSpan.Zero : asked > options.MaxRetryWait ? options.MaxRetryWait : asked;
    }
}
