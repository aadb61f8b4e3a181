using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Invitations;
using Xunit;

namespace ServiceQuality.Domain.Tests.Invitations;

public sealed class InvitationTokenTests
{
    private readonly Invitation _invitation = new();

    [Fact]
    public void A_token_it_issued_is_read_back_with_unit_category_and_expiry_but_no_case_number()
    {
        var text = _invitation.Issue("2026-000042");

        var (token, problem) = _invitation.Tokens.Read(text, InvitationSurveys.Petition);

        Assert.Null(problem);
        Assert.Equal("metrology", token!.UnitId);
        Assert.Equal("metrology-dispute", token.Category);
        Assert.Equal(_invitation.Clock.GetUtcNow().AddDays(30).ToUnixTimeSeconds(), token.ExpiresAt.ToUnixTimeSeconds());
        Assert.DoesNotContain("2026-000042", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Pad(text.Split('.')[0]))));
    }

    [Fact]
    public void The_same_case_always_gets_the_same_token_id_so_it_can_answer_once()
    {
        var first = _invitation.Tokens.Issue(InvitationSurveys.Petition, "2026-000042", "metrology", null, "zh-TW");
        _invitation.Clock.Advance(TimeSpan.FromDays(2));
        var again = _invitation.Tokens.Issue(InvitationSurveys.Petition, "2026-000042", "metrology", null, "zh-TW");
        var other = _invitation.Tokens.Issue(InvitationSurveys.Petition, "2026-000043", "metrology", null, "zh-TW");

        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, other.Id);
    }

    [Fact]
    public void A_token_is_expired_once_its_expiry_days_have_passed()
    {
        var text = _invitation.Issue();
        _invitation.Clock.Advance(TimeSpan.FromDays(29));
        Assert.Null(_invitation.Tokens.Read(text, InvitationSurveys.Petition).Problem);

        _invitation.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(InvitationProblem.Expired, _invitation.Tokens.Read(text, InvitationSurveys.Petition).Problem);
    }

    [Fact]
    public void A_changed_payload_or_another_key_is_forged()
    {
        var text = _invitation.Issue();
        var parts = text.Split('.');
        var otherKey = new InvitationTokens(new InvitationOptions { SigningKey = "another-key-another-key-another-key-0000" }, _invitation.Clock);
        var tampered = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(
            System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[0]))).Replace("metrology\"", "personnel\"", StringComparison.Ordinal)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

        Assert.Equal(InvitationProblem.Forged, _invitation.Tokens.Read($"{tampered}.{parts[1]}", InvitationSurveys.Petition).Problem);
        Assert.Equal(InvitationProblem.Forged, otherKey.Read(text, InvitationSurveys.Petition).Problem);
        Assert.Equal(InvitationProblem.Forged, _invitation.Tokens.Read(text, "counter").Problem);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("a.b.c")]
    [InlineData("!!!.???")]
    [InlineData(".")]
    public void Text_that_is_not_a_token_is_malformed(string text)
    {
        Assert.Equal(InvitationProblem.Malformed, _invitation.Tokens.Read(text, InvitationSurveys.Petition).Problem);
    }

    [Fact]
    public void Options_without_a_signing_key_are_refused()
    {
        Assert.NotEmpty(new InvitationOptions().Problems());
        Assert.NotEmpty(new InvitationOptions { SigningKey = "short" }.Problems());
        Assert.Empty(_invitation.Options.Problems());
    }

    private static string Pad(string text) => text.Replace('-', '+').Replace('_', '/').PadRight(text.Length + (4 - text.Length % 4) % 4, '=');
}
