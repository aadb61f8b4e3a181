using ServiceQuality.Domain.Organisation;

namespace ServiceQuality.Domain.Surveys;

/// <summary>Which of the agency's units a survey may be answered about; Surveys knows the organisation, not the other way round.</summary>
public static class SurveyUnits
{
    /// <summary>The unit key of responses that name no unit, in the figures and in the comment filters alike.</summary>
    public const string Unspecified = "unspecified";

    /// <summary>Staff rate the internal offices too, citizens do not.</summary>
    public static IReadOnlyList<Unit> UnitsFor(this AgencyOrganisation organisation, SurveyDefinition survey) =>
        survey.ForStaff ? organisation.Units : organisation.CitizenUnits.ToList();
}
