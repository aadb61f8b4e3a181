namespace ServiceQuality.Storage.Email;

/// <summary>SendGrid refused or kept failing a message; thrown so the queue retries it and finally poisons it.</summary>
public sealed class EmailDeliveryException(string messageId, int status) : Exception($"SendGrid answered {status} for e-mail {messageId}.")
{
    public string MessageId { get; } = messageId;

    public int Status { get; } = status;
}
