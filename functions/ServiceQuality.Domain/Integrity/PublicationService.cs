using ServiceQuality.Domain.Audit;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Domain.Integrity;

/// <summary>
/// A manager decides whether a survey's open responses are published, with a reason that the audit trail keeps.
/// The rollup reads the decision when it next computes the survey's figures.
/// </summary>
public sealed class PublicationService(SurveyCatalog catalog, ISurveyPublicationStore store, IAuditTrail audit, TimeProvider time)
{
    public const int MinReasonLength = 5;
    public const int MaxReasonLength = 500;

    /// <summary>The decision stored, or the errors of the request; null when the survey is unknown.</summary>
    public async Task<(SurveyPublication? Publication, ValidationErrors Errors)?> SetAsync(
        string surveyId, bool? publishOpen, string? reason, string actor, CancellationToken cancellationToken)
    {
        if (catalog.Find(surveyId) is null)
        {
            return null;
        }
        var errors = new ValidationErrors();
        if (publishOpen is null)
        {
            errors.Add("publishOpen", "請指明是否公布未驗證的回應。", "Say whether open responses are published (true or false).");
        }
        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length is < MinReasonLength or > MaxReasonLength || trimmed.Any(char.IsControl))
        {
            errors.Add("reason", $"請填寫理由（{MinReasonLength} 至 {MaxReasonLength} 字）。",
                $"Give a reason of {MinReasonLength} to {MaxReasonLength} characters.");
        }
        if (!errors.IsEmpty)
        {
            return (null, errors);
        }
        var publication = new SurveyPublication(surveyId, publishOpen!.Value, trimmed, actor, time.GetUtcNow());
        await store.SaveAsync(publication, cancellationToken);
        await audit.RecordAsync(new AuditEntry(publication.ChangedAt, actor, AuditActions.PublicationChanged, $"survey/{surveyId}",
            $"publishOpen={publication.PublishOpen}; {trimmed}"), cancellationToken);
        return (publication, errors);
    }

    /// <summary>The surveys whose open responses are not published.</summary>
    public async Task<IReadOnlySet<string>> WithheldAsync(CancellationToken cancellationToken) =>
        (await store.ListAsync(cancellationToken)).Where(p => !p.PublishOpen).Select(p => p.SurveyId).ToHashSet(StringComparer.Ordinal);
}
