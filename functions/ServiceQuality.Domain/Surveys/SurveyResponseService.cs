using ServiceQuality.Domain.Idempotency;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Privacy;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Domain.Surveys;

/// <summary>
/// Accepts a citizen's response: validates it, stores it and tells its observers (the comments' classification queue).
/// A response is acknowledged only after every write has succeeded, and every write is safe to repeat,
/// so a client that retries after a failure never loses its response nor creates a second one.
/// </summary>
public sealed class SurveyResponseService(
    SurveyCatalog catalog,
    SurveyResponseValidator validator,
    ISurveyResponseStore responses,
    IEnumerable<IStoredResponseObserver> observers,
    PersonalDataMasker masker,
    TimeProvider time)
{
    /// <summary>How long after a month begins a retry may still carry a key claimed in the month before.</summary>
    public static readonly TimeSpan RetryWindow = TimeSpan.FromDays(1);

    public Task<SubmitOutcome> SubmitAsync(string surveyId, SurveySubmission submission, string? idempotencyKey, CancellationToken cancellationToken) =>
        SubmitAsync(surveyId, submission, idempotencyKey, null, ResponseOrigin.Api, cancellationToken);

    /// <summary>
    /// What <see cref="SubmitAsync(string, SurveySubmission, string?, InvitationGrant?, ResponseOrigin, CancellationToken)"/>
    /// would refuse before storing anything (an unknown survey, invalid answers or key), or null when it would store.
    /// An open response's write budget is spent only on answers that can be stored, so a citizen correcting a form
    /// is not throttled.
    /// </summary>
    public SubmitOutcome? Check(string surveyId, SurveySubmission submission, string? idempotencyKey)
    {
        if (catalog.Find(surveyId) is not { } survey)
        {
            return new SubmitOutcome.UnknownSurvey(surveyId);
        }
        var (answers, errors) = Validate(survey, submission, idempotencyKey);
        return answers is null || !errors.IsEmpty ? new SubmitOutcome.Invalid(errors) : null;
    }

    /// <summary>
    /// A response given with a verified invitation is counted for the invitation's unit and category and is verified;
    /// one without is open, and keeps the origin's client key for the quarantine. The caller reads and checks the
    /// invitation first (Invitations/InvitedResponseService); an invitation-only survey without a grant is a caller's bug.
    /// </summary>
    public async Task<SubmitOutcome> SubmitAsync(
        string surveyId, SurveySubmission submission, string? idempotencyKey, InvitationGrant? invitation, ResponseOrigin origin, CancellationToken cancellationToken)
    {
        var survey = catalog.Find(surveyId);
        if (survey is null)
        {
            return new SubmitOutcome.UnknownSurvey(surveyId);
        }
        if (InvitationSurveys.IsInvitationOnly(survey.Id) && invitation is null)
        {
            throw new InvalidOperationException($"Survey '{survey.Id}' is answered by invitation only; check the invitation before submitting.");
        }
        var (answers, errors) = Validate(survey, submission, idempotencyKey);
        if (answers is null || !errors.IsEmpty)
        {
            return new SubmitOutcome.Invalid(errors);
        }

        var now = time.GetUtcNow();
        var response = new SurveyResponse(
            idempotencyKey is null ? Guid.CreateVersion7(now).ToString("N") : KeyedResponseId.For(survey.Id, MonthKey.Of(now), idempotencyKey),
            survey.Id,
            survey.Version,
            now,
            invitation is null ? submission.UnitId : invitation.UnitId,
            // A transaction token names the channel the citizen was served through; the form cannot change it.
            invitation?.Channel ?? submission.Channel,
            Language.Normalise(submission.Language),
            MaskText(survey, answers),
            invitation?.Category,
            Verified: invitation is not null,
            Source: origin.Source,
            // A verified response is nobody's burst; it keeps no trace of its client.
            ClientKey: invitation is null ? origin.ClientKey : null);

        var claim = idempotencyKey is null ? null : new IdempotencyEntry(KeyedResponseId.Scope(survey.Id), idempotencyKey, response.Id, Fingerprint(response), now);
        var earlier = claim is not null && now - response.Month.Start < RetryWindow
            ? await responses.FindClaimAsync(survey.Id, response.Month.Previous, claim.Key, cancellationToken)
            : null;
        earlier ??= await responses.AddAsync(response, claim, cancellationToken);
        if (earlier is not null)
        {
            if (earlier.Fingerprint != claim!.Fingerprint)
            {
                return new SubmitOutcome.KeyReused(claim.Key);
            }
            // The first response is its own claim, so it is there: answer as it was answered. The first attempt may
            // have failed after storing it and before its observers ran (its client got a 503), so they run again;
            // they are idempotent (the comment intake upserts by response and question).
            var first = response with { Id = earlier.ResourceId, SubmittedAt = earlier.CreatedAt };
            await NotifyAsync(survey, first, cancellationToken);
            return new SubmitOutcome.Accepted(first, true);
        }
        await NotifyAsync(survey, response, cancellationToken);
        return new SubmitOutcome.Accepted(response, false);
    }

    private async Task NotifyAsync(SurveyDefinition survey, SurveyResponse response, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            await observer.StoredAsync(survey, response, cancellationToken);
        }
    }

    private (IReadOnlyDictionary<string, string>? Answers, ValidationErrors Errors) Validate(
        SurveyDefinition survey, SurveySubmission submission, string? idempotencyKey)
    {
        var (answers, errors) = validator.Validate(survey, submission);
        if (idempotencyKey is not null && !IdempotencyKey.IsValid(idempotencyKey))
        {
            errors.Add(IdempotencyKey.HeaderName, "重送識別碼格式不正確。",
                $"The idempotency key must be 1 to {IdempotencyKey.MaxLength} letters, digits, '-', '_', '.' or ':'.");
        }
        return (answers, errors);
    }

    /// <summary>The earlier claim of a key for the survey, in this month or, early in a month, the month before.</summary>
    public async Task<IdempotencyEntry?> FindClaimAsync(string surveyId, string idempotencyKey, CancellationToken cancellationToken)
    {
        var month = MonthKey.Of(time.GetUtcNow());
        return await responses.FindClaimAsync(surveyId, month, idempotencyKey, cancellationToken)
            ?? (time.GetUtcNow() - month.Start < RetryWindow ? await responses.FindClaimAsync(surveyId, month.Previous, idempotencyKey, cancellationToken) : null);
    }

    // Comments are masked before anything stores them: the response, the comment table, the report and open data
    // all see the same masked text, and the citizen's identity never reaches classification or training.
    private IReadOnlyDictionary<string, string> MaskText(SurveyDefinition survey, IReadOnlyDictionary<string, string> answers)
    {
        var text = survey.Questions.Where(q => q.Type == QuestionType.Text).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        return answers.ToDictionary(a => a.Key, a => text.Contains(a.Key) ? masker.Mask(a.Value) : a.Value, StringComparer.Ordinal);
    }

    private static string Fingerprint(SurveyResponse response) =>
        IdempotencyKey.Fingerprint(
            new[] { response.SurveyId, response.UnitId, response.Channel, response.Language }
                .Concat(response.Answers.OrderBy(a => a.Key, StringComparer.Ordinal).SelectMany(a => new[] { a.Key, a.Value })));
}
