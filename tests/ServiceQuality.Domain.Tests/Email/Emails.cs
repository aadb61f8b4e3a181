using ServiceQuality.Domain.Email;
using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Tests.Builders;

namespace ServiceQuality.Domain.Tests.Email;

/// <summary>The case e-mails wired to in-memory ports and a hand-moved clock.</summary>
public sealed class Emails
{
    public ManualClock Clock { get; } = ManualClock.AtTaipei(2026, 3, 10, 9);

    public InMemoryCases Cases { get; } = new();

    public RecordingEmailQueue Queue { get; } = new();

    public static EmailTemplates Templates { get; } = EmailTemplates.LoadFrom(Path.Combine(Definitions.Folder, "email"));

    public InMemoryEmailRecipients Recipients { get; } = new();

    public EmailLimitsOptions Limits { get; } = new();

    public CaseStatusLinks Links => new(Options);

    public CaseEmails CaseEmails =>
        new(Queue, Cases, Definitions.Organisation, new InvitationTokens(Options, Clock), Options, Links, Recipients, Limits, Clock);

    /// <summary>The address as one that followed its confirmation link.</summary>
    public Task ConfirmAsync(string email) => Recipients.ConfirmAsync(Links.RecipientKey(email), Clock.GetUtcNow(), default);

    public InvitationOptions Options { get; } = new() { SigningKey = "a-signing-key-for-the-domain-tests-0123456789", PublicBaseUrl = "https://survey.example.gov.tw" };

    public OverdueCaseNotifier Notifier => new(Cases, CaseEmails, Clock);

    public CaseFollowUp FollowUp => new(Cases, CaseEmails, Clock);
}
