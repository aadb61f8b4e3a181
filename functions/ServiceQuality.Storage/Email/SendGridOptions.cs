namespace ServiceQuality.Storage.Email;

/// <summary>SendGrid delivery, bound from the SendGrid configuration section. Without an ApiKey e-mails go to the local outbox.</summary>
public sealed class SendGridOptions
{
    public const string Section = "SendGrid";

    /// <summary>In Azure a Key Vault reference; never logged.</summary>
    public string? ApiKey { get; set; }

    public string FromAddress { get; set; } = "no-reply@branch.example.gov.tw";

    public string FromName { get; set; } = "服務品質 Service Quality";

    /// <summary>The SendGrid API host; tests point it at a local listener.</summary>
    public string Host { get; set; } = "https://api.sendgrid.com";

    /// <summary>Attempts within one queue delivery before the failure is left to the queue's own retries.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The longest in-process wait between attempts, whatever Retry-After asks for.</summary>
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromSeconds(20);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey);
}
