using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Domain.Surveys;

/// <summary>What became of a submitted survey response.</summary>
public abstract record SubmitOutcome
{
    // Other folders add outcomes of their own (Invitations: InvitationRefused), so Surveys need not know them.
    private protected SubmitOutcome()
    {
    }

    public sealed record UnknownSurvey(string SurveyId) : SubmitOutcome;

    public sealed record Invalid(ValidationErrors Errors) : SubmitOutcome;

    /// <summary>The idempotency key was already used for a different request.</summary>
    public sealed record KeyReused(string Key) : SubmitOutcome;

    /// <summary>Stored durably; <paramref name="Replayed"/> when a retry was answered with the first result.</summary>
    public sealed record Accepted(SurveyResponse Response, bool Replayed) : SubmitOutcome;
}
