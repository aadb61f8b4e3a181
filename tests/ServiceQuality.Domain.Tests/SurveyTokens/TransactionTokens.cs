using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.ResponseRates;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.SurveyTokens;
using ServiceQuality.Domain.Tests.Builders;
using ServiceQuality.Domain.Tests.Invitations;
using Xunit;

namespace ServiceQuality.Domain.Tests.SurveyTokens;

/// <summary>Transaction tokens on top of the invitation machinery, with the token service told of each use as in the app.</summary>
public sealed class TransactionTokens
{
    public TransactionTokens()
    {
        Service = new SurveyTokenService(
            new SurveyTokenValidator(Definitions.Catalog, Definitions.Organisation),
            Invitation.Tokens, Invitation.Options, new SurveyTokenOptions { ExpiryDays = 14 }, Stores, Stores, Invitation.Clock);
        Invitation.Listeners.Add(Service);
    }

    public Invitation Invitation { get; } = new();

    public InMemorySurveyTokenStores Stores { get; } = new();

    public SurveyTokenService Service { get; }

    public ResponseRateService Rates => new(Definitions.Catalog, Definitions.Organisation, Invitation.Store, Stores, Invitation.Clock);

    public async Task<MintOutcome.Minted> MintAsync(string survey = "counter", string unit = "metrology", string channel = "counter", string reference = "T-20261123-0042") =>
        Assert.IsType<MintOutcome.Minted>(await Service.MintAsync(new SurveyTokenRequest(survey, unit, channel, reference, null), default));

    /// <summary>A response sent through the survey form, with the transaction token or without one.</summary>
    public Task<SubmitOutcome> AnswerAsync(string? token, string? unit = null, string? channel = "web") =>
        Invitation.Service.SubmitAsync("counter", CounterAnswers(unit, channel), token, null, ResponseOrigin.Form, default);

    public static SurveySubmission CounterAnswers(string? unit = null, string? channel = "web") => new(
        new Dictionary<string, AnswerInput>(Definitions.Counter.Questions
            .Where(q => q.Required)
            .ToDictionary(q => q.Id, q => q.Type == QuestionType.Likert ? SubmissionBuilder.Number(4) : SubmissionBuilder.Text(q.Options.FirstOrDefault()?.Value ?? "ok"))),
        unit, channel, "zh-TW");
}
