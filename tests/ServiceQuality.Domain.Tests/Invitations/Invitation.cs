using ServiceQuality.Domain.Comments;
using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Privacy;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Tests.Builders;

namespace ServiceQuality.Domain.Tests.Invitations;

/// <summary>Signed petition-survey invitations and the services that read them, on a hand-moved clock.</summary>
public sealed class Invitation
{
    public const string Key = "a-signing-key-for-the-domain-tests-0123456789";

    public ManualClock Clock { get; } = ManualClock.AtTaipei(2026, 3, 10);

    public InvitationOptions Options { get; } = new() { SigningKey = Key, ExpiryDays = 30 };

    public InMemorySurveyResponses Store { get; } = new();

    public InvitationTokens Tokens => new(Options, Clock);

    public InvitedResponseService Service =>
        new(new SurveyResponseService(Definitions.Catalog, new SurveyResponseValidator(Definitions.Organisation), Store, [new CommentClassificationQueueing(Store)], new PersonalDataMasker(), Clock),
            Store, Tokens, Store, Listeners, Clock);

    /// <summary>Told of each token used, as the transaction-token service is in the app.</summary>
    public List<IInvitationUseListener> Listeners { get; } = [];

    public string Issue(string caseNumber = "2026-000042") =>
        Tokens.Encode(Tokens.Issue(InvitationSurveys.Petition, caseNumber, "metrology", "metrology-dispute", "zh-TW"));

    public static SurveySubmission Answers() => new(
        new Dictionary<string, AnswerInput>
        {
            ["reply-timeliness"] = SubmissionBuilder.Number(4),
            ["reply-clarity"] = SubmissionBuilder.Number(5),
            ["problem-addressed"] = SubmissionBuilder.Number(4),
            ["overall"] = SubmissionBuilder.Number(4),
        },
        null, "email", "zh-TW");
}
