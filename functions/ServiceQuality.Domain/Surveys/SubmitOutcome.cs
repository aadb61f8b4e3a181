using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Domain.Surveys;

/// <summary>What became of a submitted survey response.</summary>
public abstract record SubmitOutcome
{
    private SubmitOutcome()
    {
    }

    public sealed record UnknownSurvey(string SurveyId) : SubmitOutcome;

    public sealed record Invalid(ValidationErrors Errors) : SubmitOutcome;

    /// <summary>The idempotency key was already used for a different request.</summary>
    public sealed record KeyReused(string Key) : SubmitOutcome;

    /// <summary>The survey is answered by invitation only, and the invitation is missing, forged, expired or used.</summary>
    public sealed record InvitationRefused(Invitations.InvitationProblem Problem) : SubmitOutcome;

    /// <summary>Stored durably; <paramref name="Replayed"/> when a retry was answered with the first result.</summary>
    public sealed record Accepted(SurveyResponse Response, bool Replayed) : SubmitOutcome;
}
