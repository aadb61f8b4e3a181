namespace ServiceQuality.Domain.Surveys;

/// <summary>The surveys only invited citizens answer, one response per invitation.</summary>
public static class InvitationSurveys
{
    /// <summary>Petitioners are invited by e-mail when their case is closed.</summary>
    public const string Petition = "petition";

    public static bool IsInvitationOnly(string surveyId) => surveyId == Petition;
}
