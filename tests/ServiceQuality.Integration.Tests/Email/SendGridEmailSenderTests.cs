using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using SendGrid;
using ServiceQuality.Domain.Email;
using ServiceQuality.Storage.Email;
using Xunit;

namespace ServiceQuality.Integration.Tests.Email;

/// <summary>The real SendGrid client against a local listener: what it sends, and how it retries.</summary>
public sealed class SendGridEmailSenderTests
{
    private const string ApiKey = "SG.test-key";
    private static readonly OutgoingEmail Email = new("acknowledgement-2026-000001", EmailKinds.Acknowledgement, "zh-TW", "citizen@example.com", "王小明",
        "已收到您的陳情（案號 2026-000001）", "純文字內容", "<p>HTML 內容</p>", null, DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task The_message_is_posted_with_the_bearer_key_sender_recipient_subject_and_both_bodies()
    {
        await using var sendGrid = new FakeSendGrid();

        await Sender(sendGrid, new RecordingClock()).SendAsync(Email, default);

        var request = Assert.Single(sendGrid.Requests);
        Assert.Equal("/v3/mail/send", request.Path);
        Assert.Equal($"Bearer {ApiKey}", request.Authorization);
        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal("no-reply@branch.example.gov.tw", body.GetProperty("from").GetProperty("email").GetString());
        var personalization = body.GetProperty("personalizations")[0];
        Assert.Equal("citizen@example.com", personalization.GetProperty("to")[0].GetProperty("email").GetString());
        Assert.Equal("王小明", personalization.GetProperty("to")[0].GetProperty("name").GetString());
        Assert.Equal(Email.Subject, body.TryGetProperty("subject", out var subject) ? subject.GetString() : personalization.GetProperty("subject").GetString());
        var content = body.GetProperty("content").EnumerateArray().ToDictionary(c => c.GetProperty("type").GetString()!, c => c.GetProperty("value").GetString());
        Assert.Equal("純文字內容", content["text/plain"]);
        Assert.Equal("<p>HTML 內容</p>", content["text/html"]);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_wait_retry_after_asks_for()
    {
        await using var sendGrid = new FakeSendGrid((429, "7"), (202, null));
        var clock = new RecordingClock();

        await Sender(sendGrid, clock).SendAsync(Email, default);

        Assert.Equal(2, sendGrid.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], clock.Waits);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_cap_waits_only_the_cap_and_server_errors_back_off()
    {
        await using var sendGrid = new FakeSendGrid((429, "3600"), (503, null), (202, null));
        var clock = new RecordingClock();

        await Sender(sendGrid, clock, maxAttempts: 3).SendAsync(Email, default);

        Assert.Equal(3, sendGrid.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(2)], clock.Waits);
    }

    [Fact]
    public async Task Persistent_server_errors_throw_after_a_few_attempts_so_the_queue_retries()
    {
        await using var sendGrid = new FakeSendGrid((500, null), (502, null), (503, null), (202, null));

        var error = await Assert.ThrowsAsync<EmailDeliveryException>(() => Sender(sendGrid, new RecordingClock()).SendAsync(Email, default));

        Assert.Equal(503, error.Status);
        Assert.Equal(3, sendGrid.Requests.Count);
    }

    [Fact]
    public async Task A_400_is_not_retried_and_throws_so_the_message_poisons()
    {
        await using var sendGrid = new FakeSendGrid((400, null), (202, null));

        var error = await Assert.ThrowsAsync<EmailDeliveryException>(() => Sender(sendGrid, new RecordingClock()).SendAsync(Email, default));

        Assert.Equal(400, error.Status);
        Assert.Single(sendGrid.Requests);
    }

    private static SendGridEmailSender Sender(FakeSendGrid sendGrid, TimeProvider clock, int maxAttempts = 3)
    {
        var options = new SendGridOptions { ApiKey = ApiKey, Host = sendGrid.Host, MaxAttempts = maxAttempts };
        var client = new SendGridClient(new SendGridClientOptions { ApiKey = ApiKey, Host = sendGrid.Host });
        return new SendGridEmailSender(client, options, clock, NullLogger<SendGridEmailSender>.Instance);
    }
}
