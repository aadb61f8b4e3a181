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

        Assert.Equal(InvitationProblem.Used, Assert.IsType<InvitationRefused>(second).Problem);
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
        Assert.Equal(InvitationProblem.Used, Assert.IsType<InvitationRefused>(first).Problem);
        Assert.Single(_invitation.Store.Responses);
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_after_success_replays_the_first_response()
    {
        var token = _invitation.Issue();
        var first = Assert.IsType<SubmitOutcome.Accepted>(
            await _invitation.Service.SubmitAsync(InvitationSurveys.Petition, Invitation.Answers(), token, "retry-1", default));

        var retry = Assert.IsType<SubmitOutcome.Accepted>(
            await _invitation.Service.SubmitAsync(InvitationSurveys.Petition, Invitation.Answers(), token, "retry-1", default));

        Assert.True(retry.Replayed);
        Assert.Equal((first.Response.Id, first.Response.SubmittedAt), (retry.Response.Id, retry.Response.SubmittedAt));
        Assert.Single(_invitation.Store.Responses);
    }

    [Fact]
    public async Task A_retry_with_the_same_key_sent_while_the_first_is_claiming_the_token_gets_the_same_response()
    {
        var token = _invitation.Issue();
        SubmitOutcome? retry = null;
        _invitation.Store.BeforeClaim = async () => retry = await _invitation.Service.SubmitAsync(InvitationSurveys.Petition, Invitation.Answers(), token, "retry-2", default);

        var first = Assert.IsType<SubmitOutcome.Accepted>(
            await _invitation.Service.SubmitAsync(InvitationSurveys.Petition, Invitation.Answers(), token, "retry-2", default));

        Assert.Equal(first.Response.Id, Assert.IsType<SubmitOutcome.Accepted>(retry).Response.Id);
        Assert.Single(_invitation.Store.Responses);
    }

    [Fact]
    public async Task A_used_token_sent_with_another_key_is_still_refused()
    {
        var token = _invitation.Issue();
        await _invitation.Service.SubmitAsync(InvitationSurveys.Petition, Invitation.Answers(), token, "key-a", default);

        var other = await _invitation.Service.SubmitAsync(InvitationSurveys.Petition, Invitation.Answers(), token, "key-b", default);

        Assert.Equal(InvitationProblem.Used, Assert.IsType<InvitationRefused>(other).Problem);
        Assert.Single(_invitation.Store.Responses);
    }

    [Fact]
    public async Task An_invited_response_is_verified_and_keeps_no_client_key()
    {
        var outcome = await _invitation.Service.SubmitAsync(InvitationSurveys.Petition, Invitation.Answers(), _invitation.Issue(), null,
            new ResponseOrigin(ResponseSources.Form, "ip:someone"), default);

        var stored = Assert.IsType<SubmitOutcome.Accepted>(outcome).Response;
        Assert.True(stored.Verified);
        Assert.Null(stored.ClientKey);
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

        Assert.Equal(InvitationProblem.Expired, Assert.IsType<InvitationRefused>(outcome).Problem);
    }

    [Fact]
    public async Task The_petition_survey_refuses_a_response_without_a_token_and_other_surveys_do_not_need_one()
    {
        var petition = await _invitation.Service.SubmitAsync(InvitationSurveys.Petition, Invitation.Answers(), null, null, default);
        var counter = await _invitation.Service.SubmitAsync("counter", new Builders.SubmissionBuilder().Build(), null, null, default);

        Assert.Equal(InvitationProblem.Missing, Assert.IsType<InvitationRefused>(petition).Problem);
        Assert.IsType<SubmitOutcome.Accepted>(counter);
    }
}
