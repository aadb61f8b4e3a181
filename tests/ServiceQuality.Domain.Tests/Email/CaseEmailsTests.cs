using ServiceQuality.Domain.Surveys;
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
    public async Task A_reply_to_a_confirmed_address_is_rendered_in_the_citizens_language_with_every_value_html_encoded()
    {
        var c = _emails.Cases.Add(InMemoryCases.NewCase(8, new DateOnly(2026, 3, 12)) with { Subject = "<script>alert('x')</script> & more" },
            new CaseContact(new CaseNumber(2026, 8), "Ann", "ann@example.com", null, "en"));
        await _emails.ConfirmAsync("ANN@example.com ");
        await _emails.FollowUp.RepliedAsync(c, "Fixed <b>now</b> & checked.", default);

        var email = Emails.Templates.Render(Assert.Single(_emails.Queue.Messages));

        Assert.Equal((EmailKinds.Reply, "en"), (email.Kind, email.Language));
        Assert.Contains("2026-000008", email.Subject);
        Assert.DoesNotContain("<script>", email.HtmlBody);
        Assert.Contains("&lt;script&gt;", email.HtmlBody);
        Assert.Contains("&amp; more", email.HtmlBody);
        Assert.Contains("Fixed &lt;b&gt;now&lt;/b&gt; &amp; checked.", email.HtmlBody);
        Assert.Contains("Fixed <b>now</b> & checked.", email.TextBody);
    }

    [Fact]
    public async Task A_reply_to_an_unconfirmed_address_is_a_notice_that_quotes_nothing_and_links_the_status_page()
    {
        var c = _emails.Cases.Add(InMemoryCases.NewCase(10, new DateOnly(2026, 3, 12)) with { Subject = "退稅 https://evil.example/refund" },
            new CaseContact(new CaseNumber(2026, 10), "王小明", "someone@example.com", null, "zh-TW"));

        await _emails.FollowUp.RepliedAsync(c, "請至 https://evil.example/login 登入。", default);

        var message = Assert.Single(_emails.Queue.Messages);
        var email = Emails.Templates.Render(message);
        Assert.Equal(EmailKinds.ReplyNotice, email.Kind);
        Assert.DoesNotContain("evil.example", email.Subject + email.TextBody + email.HtmlBody);
        Assert.StartsWith("https://survey.example.gov.tw/complaints/status?case=2026-000010&token=", message.Values[EmailValues.Link]);
        Assert.Contains(message.Values[EmailValues.Link], email.TextBody);
    }

    [Fact]
    public async Task The_acknowledgement_carries_the_case_number_due_date_and_status_link_but_never_the_citizens_words()
    {
        var c = InMemoryCases.NewCase(11, new DateOnly(2026, 3, 12)) with
        {
            Subject = "您的退稅款待領取，請於今日至 https://evil.example/refund 登入領取",
            Text = "點此 http://phish.example/x 領取",
        };

        await _emails.CaseEmails.AcknowledgeAsync(c, "victim@example.com", null, "zh-TW", default);

        var message = Assert.Single(_emails.Queue.Messages);
        var email = Emails.Templates.Render(message);
        var all = email.Subject + email.TextBody + email.HtmlBody;
        Assert.DoesNotContain("evil.example", all);
        Assert.DoesNotContain("phish.example", all);
        Assert.DoesNotContain("退稅", all);
        Assert.Contains("2026-000011", email.Subject);
        Assert.Contains("2026-03-12", email.TextBody);
        var link = message.Values[EmailValues.Link];
        Assert.StartsWith($"https://survey.example.gov.tw/complaints/status?case=2026-000011&token={_emails.Links.StatusToken(c.Number)}&confirm=", link);
        Assert.Contains(link, email.TextBody);
    }

    [Fact]
    public async Task Acknowledgements_beyond_the_daily_limit_of_an_address_are_not_queued_and_the_next_day_they_are()
    {
        var sent = new List<bool>();
        for (var n = 20; n < 25; n++)
        {
            sent.Add(await _emails.CaseEmails.AcknowledgeAsync(InMemoryCases.NewCase(n, new DateOnly(2026, 3, 12)), n % 2 == 0 ? "Target@Example.com" : " target@example.com", null, "zh-TW", default));
        }
        var again = await _emails.CaseEmails.AcknowledgeAsync(InMemoryCases.NewCase(20, new DateOnly(2026, 3, 12)), "target@example.com", null, "zh-TW", default);
        var other = await _emails.CaseEmails.AcknowledgeAsync(InMemoryCases.NewCase(30, new DateOnly(2026, 3, 12)), "other@example.com", null, "zh-TW", default);
        _emails.Clock.Advance(TimeSpan.FromDays(1));
        var tomorrow = await _emails.CaseEmails.AcknowledgeAsync(InMemoryCases.NewCase(31, new DateOnly(2026, 3, 13)), "target@example.com", null, "zh-TW", default);

        Assert.Equal([true, true, true, false, false], sent);
        Assert.True(again);
        Assert.True(other);
        Assert.True(tomorrow);
        Assert.Equal(["2026-000020", "2026-000021", "2026-000022", "2026-000020", "2026-000030", "2026-000031"],
            _emails.Queue.Messages.Select(m => m.Values[EmailValues.CaseNumber]));
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
