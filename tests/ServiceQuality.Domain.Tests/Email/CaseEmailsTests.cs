using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Email;
using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Email;

public sealed class CaseEmailsTests
{
    private readonly Emails _emails = new();

    [Fact]
    public async Task Closing_a_case_invites_the_petitioner_once_with_a_link_to_the_petition_survey()
    {
        var closed = InMemoryCases.NewCase(5, new DateOnly(2026, 3, 12), status: CaseStatus.Closed);
        _emails.Cases.Add(closed, new CaseContact(closed.Number, "王小明", "citizen@example.com", null, "zh-TW"));

        await _emails.FollowUp.ClosedAsync(closed, default);
        await _emails.FollowUp.ClosedAsync(_emails.Cases.Get(closed.Number), default);

        var invitation = Assert.Single(_emails.Queue.Messages);
        Assert.Equal(EmailKinds.SurveyInvitation, invitation.Template);
        Assert.StartsWith("https://survey.example.gov.tw/surveys/petition?token=", invitation.Values[EmailValues.Link]);
        Assert.Single(_emails.Cases.Get(closed.Number).History, e => e.Kind == CaseEmails.SurveyInvited);
        var token = Uri.UnescapeDataString(invitation.Values[EmailValues.Link].Split("token=")[1]);
        Assert.Null(new InvitationTokens(_emails.Options, _emails.Clock).Read(token, InvitationSurveys.Petition).Problem);
    }

    [Fact]
    public async Task A_case_without_an_email_address_sends_nothing_to_the_citizen()
    {
        var c = _emails.Cases.Add(InMemoryCases.NewCase(6, new DateOnly(2026, 3, 12), status: CaseStatus.Closed));

        await _emails.CaseEmails.AcknowledgeAsync(c, null, null, "zh-TW", default);
        await _emails.FollowUp.RepliedAsync(c, "已派員檢查。", default);
        await _emails.FollowUp.ClosedAsync(c, default);

        Assert.Empty(_emails.Queue.Messages);
    }

    [Fact]
    public async Task The_acknowledgement_is_rendered_in_the_citizens_language_with_every_value_html_encoded()
    {
        var c = InMemoryCases.NewCase(8, new DateOnly(2026, 3, 12)) with { Subject = "<script>alert('x')</script> & more" };
        await _emails.CaseEmails.AcknowledgeAsync(c, "citizen@example.com", "Ann", "en", default);

        var email = Emails.Templates.Render(Assert.Single(_emails.Queue.Messages));

        Assert.Equal("en", email.Language);
        Assert.Contains("2026-000008", email.Subject);
        Assert.Contains("2026-03-12", email.TextBody);
        Assert.DoesNotContain("<script>", email.HtmlBody);
        Assert.Contains("&lt;script&gt;", email.HtmlBody);
        Assert.Contains("&amp; more", email.HtmlBody);
        Assert.Contains("<script>alert('x')</script> & more", email.TextBody);
    }

    [Fact]
    public async Task Chinese_is_the_default_language_of_an_email()
    {
        var c = InMemoryCases.NewCase(9, new DateOnly(2026, 3, 12));
        await _emails.CaseEmails.AcknowledgeAsync(c, "citizen@example.com", null, "zh-TW", default);

        var email = Emails.Templates.Render(Assert.Single(_emails.Queue.Messages));

        Assert.Contains("已收到您的陳情", email.Subject);
    }

    [Fact]
    public void Every_template_has_both_languages_and_only_known_placeholders()
    {
        Assert.All(EmailKinds.All, kind => Assert.True(Emails.Templates.Get(kind).Subject.IsComplete));
        Assert.All(EmailKinds.All, kind => Assert.Empty(Emails.Templates.Get(kind).Placeholders.Except(EmailValues.All)));
    }
}
