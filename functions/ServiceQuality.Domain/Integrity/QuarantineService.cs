using ServiceQuality.Domain.Audit;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Integrity;

/// <summary>
/// What staff see of the quarantine and how they decide: a released response counts again and is never quarantined
/// again; a discarded one stays out of every figure. Each decision is in the audit trail.
/// </summary>
public sealed class QuarantineService(SurveyCatalog catalog, ISurveyResponseStore responses, IAuditTrail audit, TimeProvider time)
{
    /// <summary>The months staff review: a burst is found by the daily rollup of the current and the previous month.</summary>
    public IReadOnlyList<MonthKey> ReviewMonths
    {
        get
        {
            var current = MonthKey.Of(time.GetUtcNow());
            return [current, current.Previous];
        }
    }

    /// <summary>The responses held in quarantine in a month, oldest first.</summary>
    public async Task<IReadOnlyList<SurveyResponse>> ListAsync(MonthKey month, CancellationToken cancellationToken)
    {
        var held = new List<SurveyResponse>();
        foreach (var survey in catalog.All)
        {
            await foreach (var response in responses.ListMonthAsync(survey.Id, month, cancellationToken))
            {
                if (response.Review == ResponseReview.Quarantined)
                {
                    held.Add(response);
                }
            }
        }
        return held.OrderBy(r => r.SubmittedAt).ToList();
    }

    /// <summary>
    /// Releases or discards quarantined responses of one survey and month (all of them when <paramref name="responseIds"/>
    /// is null); responses not in quarantine are left as they are. Returns how many were decided, or null when the survey
    /// is unknown.
    /// </summary>
    public async Task<int?> DecideAsync(
        string surveyId, MonthKey month, IReadOnlyCollection<string>? responseIds, bool release, string actor, CancellationToken cancellationToken)
    {
        if (catalog.Find(surveyId) is null)
        {
            return null;
        }
        var wanted = responseIds?.ToHashSet(StringComparer.Ordinal);
        var held = new List<SurveyResponse>();
        await foreach (var response in responses.ListMonthAsync(surveyId, month, cancellationToken))
        {
            if (response.Review == ResponseReview.Quarantined && (wanted is null || wanted.Contains(response.Id)))
            {
                held.Add(response);
            }
        }
        if (held.Count == 0)
        {
            return 0;
        }
        await responses.SetReviewAsync(held, release ? ResponseReview.Released : ResponseReview.Discarded, cancellationToken);
        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), actor, release ? AuditActions.QuarantineReleased : AuditActions.QuarantineDiscarded,
            $"survey/{surveyId}/{month}", Detail(held)), cancellationToken);
        return held.Count;
    }

    // An audit entry is one table row: a burst of thousands is named by its first ids and its size.
    private static string Detail(List<SurveyResponse> held) =>
        $"{held.Count} response(s): {string.Join(",", held.Take(50).Select(r => r.Id))}" + (held.Count > 50 ? $" and {held.Count - 50} more" : "");
}
