using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Surveys;
using Xunit;

namespace ServiceQuality.Domain.Tests.Invitations;

public sealed class InvitedResponseServiceTests
{
    private readonly Invitation _invitation = new();

    [Fact]
    public async Task An_invited_response_is_stored_with_the_cases_unit_and_category()
    {
        var outcome = await _invitation.Service.SubmitAsync(InvitationSurveys.Petition, Invitation.Answers(), _invitation.Issue(), null, default);

        var stored = Assert.IsType<SubmitOutcome.Accepted>(outcome).Response;
        Assert.Equal("metrology", stored.UnitId);
        Assert.Equal("metrology-dispute", stored.Category);
    }

    [Fact]
    public async Task A_token_used_once_is_refused_the_second_time()
    {
        var token = _invitation.Issue();
        await _invitation.Service.SubmitAsync(InvitationSurveys.Petition, Invitation.Answers(), token, null, default);

        var second = await _invitation.Service.SubmitAsync(InvitationSurveys.Petition, Invitation.Answers(), token, null, default);

        Assert.Equal(InvitationProblem.Used, Assert.IsType<SubmitOutcome.InvitationRefused>(second).Problem);
        Assert.Single(_invitation.Store.Responses);
    }

    [Fact]
    public async Task Of_two_concurrent_submissions_with_one_token_one_is_stored_and_the_other_refused()
    {
        var token = _invitation.Issue();
        SubmitOutcome? other = null;
        // The second submission passes the check while the first is between storing and claiming.
        _invitation.Store.BeforeClaim = async () => other = await _invitation.Service.SubmitAsync(InvitationSurveys.Petition, Invitation.Answers(), token, null, default);

        var first = await _invitation.Service.SubmitAsync(InvitationSurveys.Petition, Invitation.Answers(), token, null, default);

        Assert.IsType<SubmitOutcome.Accepted>(other);
        Assert.Equal(InvitationProblem.Used, Assert.IsType<SubmitOutcome.InvitationRefused>(first).Problem);
        Assert.Single(_invitation.Store.Responses);
    }

    [Fact]
    public async Task A_token_stays_usable_when_storing_the_response_fails()
    {
        var token = _invitation.Issue();
        _invitation.Store.FailNextSave = true;

        await Assert.ThrowsAsync<IOException>(() => _invitation.Service.SubmitAsync(InvitationSurveys.Petition, Invitation.Answers(), token, null, default));
        var retry = await _invitation.Service.SubmitAsync(InvitationSurveys.Petition, Invitation.Answers(), token, null, default);

        Assert.IsType<SubmitOutcome.Accepted>(retry);
    }

    [Fact]
    public async Task An_expired_token_is_refused_as_expired()
    {
        var token = _invitation.Issue();
        _invitation.Clock.Advance(TimeSpan.FromDays(31));

        var outcome = await _invitation.Service.SubmitAsync(InvitationSurveys.Petition, Invitation.Answers(), token, null, default);

        Assert.Equal(InvitationProblem.Expired, Assert.IsType<SubmitOutcome.InvitationRefused>(outcome).Problem);
    }

    [Fact]
    public async Task The_petition_survey_refuses_a_response_without_a_token_and_other_surveys_do_not_need_one()
    {
        var petition = await _invitation.Service.SubmitAsync(InvitationSurveys.Petition, Invitation.Answers(), null, null, default);
        var counter = await _invitation.Service.SubmitAsync("counter", new Builders.SubmissionBuilder().Build(), null, null, default);

        Assert.Equal(InvitationProblem.Missing, Assert.IsType<SubmitOutcome.InvitationRefused>(petition).Problem);
        Assert.IsType<SubmitOutcome.Accepted>(counter);
    }
}
