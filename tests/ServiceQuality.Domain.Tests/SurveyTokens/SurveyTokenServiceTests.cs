using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.SurveyTokens;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.SurveyTokens;

public sealed class SurveyTokenServiceTests
{
    private readonly TransactionTokens _tokens = new();

    [Fact]
    public async Task A_minted_token_links_to_the_counter_survey_and_keeps_the_transaction_apart()
    {
        var minted = await _tokens.MintAsync(reference: "T-20261123-0042");

        Assert.StartsWith("http://127.0.0.1:7071/surveys/counter?token=", minted.SurveyLink);
        Assert.DoesNotContain("T-20261123-0042", minted.Encoded);
        var link = Assert.Single(_tokens.Stores.Links);
        Assert.Equal(("T-20261123-0042", minted.Token.Id, "metrology", "counter"), (link.TransactionReference, link.TokenId, link.UnitId, link.Channel));
    }

    [Fact]
    public async Task Two_tokens_for_the_same_transaction_have_unrelated_ids()
    {
        var first = await _tokens.MintAsync(reference: "T-1");
        var second = await _tokens.MintAsync(reference: "T-1");

        Assert.NotEqual(first.Token.Id, second.Token.Id);
    }

    [Fact]
    public async Task The_response_takes_the_unit_and_channel_from_the_token_not_from_the_form()
    {
        var minted = await _tokens.MintAsync(unit: "metrology", channel: "counter");

        var outcome = await _tokens.AnswerAsync(minted.Encoded, unit: "office-north", channel: "web");

        var response = Assert.IsType<SubmitOutcome.Accepted>(outcome).Response;
        Assert.Equal(("metrology", "counter"), (response.UnitId, response.Channel));
    }

    [Fact]
    public async Task Using_the_token_deletes_its_link_to_the_transaction()
    {
        var minted = await _tokens.MintAsync();

        await _tokens.AnswerAsync(minted.Encoded);

        Assert.Empty(_tokens.Stores.Links);
    }

    [Fact]
    public async Task A_used_token_is_refused_the_second_time_and_stores_nothing_more()
    {
        var minted = await _tokens.MintAsync();
        await _tokens.AnswerAsync(minted.Encoded);

        var second = await _tokens.AnswerAsync(minted.Encoded);

        Assert.Equal(InvitationProblem.Used, Assert.IsType<InvitationRefused>(second).Problem);
        Assert.Single(_tokens.Invitation.Store.Responses);
    }

    [Fact]
    public async Task An_expired_token_is_refused_and_its_link_is_purged()
    {
        var minted = await _tokens.MintAsync();
        _tokens.Invitation.Clock.Advance(TimeSpan.FromDays(15));

        var outcome = await _tokens.AnswerAsync(minted.Encoded);
        var purged = await _tokens.Service.PurgeExpiredAsync(default);

        Assert.Equal(InvitationProblem.Expired, Assert.IsType<InvitationRefused>(outcome).Problem);
        Assert.Equal(1, purged);
        Assert.Empty(_tokens.Stores.Links);
    }

    [Fact]
    public async Task A_token_that_has_not_expired_keeps_its_link_through_the_purge()
    {
        await _tokens.MintAsync();
        _tokens.Invitation.Clock.Advance(TimeSpan.FromDays(13));

        Assert.Equal(0, await _tokens.Service.PurgeExpiredAsync(default));
        Assert.Single(_tokens.Stores.Links);
    }

    [Fact]
    public async Task A_counter_token_does_not_open_the_taxi_meter_survey()
    {
        var minted = await _tokens.MintAsync();

        var outcome = await _tokens.Invitation.Service.SubmitAsync("taxi-meter", TransactionTokens.CounterAnswers(), minted.Encoded, null, default);

        Assert.Equal(InvitationProblem.Forged, Assert.IsType<InvitationRefused>(outcome).Problem);
    }

    [Fact]
    public async Task A_token_with_a_changed_unit_is_refused_as_forged()
    {
        var minted = await _tokens.MintAsync();
        var parts = minted.Encoded.Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(parts[0].Replace('-', '+').Replace('_', '/').PadRight((parts[0].Length + 3) / 4 * 4, '=')));
        var changed = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(payload.Replace("metrology", "office-north"))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var outcome = await _tokens.AnswerAsync($"{changed}.{parts[1]}");

        Assert.Equal(InvitationProblem.Forged, Assert.IsType<InvitationRefused>(outcome).Problem);
    }

    [Theory]
    [InlineData("petition", "metrology", "counter", "T-1", "survey")]
    [InlineData("counter", "no-such-unit", "counter", "T-1", "unit")]
    [InlineData("counter", "metrology", "fax", "T-1", "channel")]
    [InlineData("counter", "metrology", "counter", "", "transactionReference")]
    public async Task A_request_naming_a_wrong_survey_unit_channel_or_no_reference_is_refused(string survey, string unit, string channel, string reference, string field)
    {
        var outcome = await _tokens.Service.MintAsync(new SurveyTokenRequest(survey, unit, channel, reference, null), default);

        Assert.True(Assert.IsType<MintOutcome.Invalid>(outcome).Errors.Has(field));
        Assert.Empty(_tokens.Stores.Links);
    }

    [Fact]
    public async Task Untokened_counter_responses_are_still_accepted()
    {
        var outcome = await _tokens.AnswerAsync(null, unit: "metrology", channel: "kiosk");

        Assert.Equal("kiosk", Assert.IsType<SubmitOutcome.Accepted>(outcome).Response.Channel);
    }
}
