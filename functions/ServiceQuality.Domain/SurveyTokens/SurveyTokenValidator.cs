using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Domain.SurveyTokens;

/// <summary>Checks a token request against the survey definitions and the organisation.</summary>
public sealed class SurveyTokenValidator(SurveyCatalog catalog, AgencyOrganisation organisation)
{
    public const int MaxReferenceLength = 100;

    public (SurveyTokenRequest? Request, ValidationErrors Errors) Validate(SurveyTokenRequest request)
    {
        var errors = new ValidationErrors();
        var survey = TransactionSurveys.Contains(request.Survey) ? catalog.Find(request.Survey!) : null;
        if (survey is null)
        {
            errors.Add("survey", $"問卷須為 {string.Join("、", TransactionSurveys.All)} 之一。",
                $"The survey must be one of: {string.Join(", ", TransactionSurveys.All)}.");
        }
        if (string.IsNullOrEmpty(request.Unit) || organisation.Find(request.Unit) is null)
        {
            errors.Add("unit", "請填寫正確的單位代碼。", $"The unit must be one of: {string.Join(", ", organisation.Units.Select(u => u.Id))}.");
        }
        if (survey is not null && (string.IsNullOrEmpty(request.Channel) || !survey.Channels.Contains(request.Channel)))
        {
            errors.Add("channel", "服務管道不正確。", $"The channel must be one of: {string.Join(", ", survey.Channels)}.");
        }
        var reference = request.TransactionReference?.Trim();
        if (string.IsNullOrEmpty(reference) || reference.Length > MaxReferenceLength || reference.Any(char.IsControl))
        {
            errors.Add("transactionReference", $"請填寫交易編號（最多 {MaxReferenceLength} 字）。",
                $"The transaction reference is required and at most {MaxReferenceLength} characters.");
        }
        if (request.Language is not null && request.Language != Language.Normalise(request.Language))
        {
            errors.Add("language", "語言須為 zh-TW 或 en。", "The language must be zh-TW or en.");
        }
        return errors.IsEmpty
            ? (request with { TransactionReference = reference, Language = Language.Normalise(request.Language) }, errors)
            : (null, errors);
    }
}
