using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Domain.Integrity;

/// <summary>
/// Finds the open responses of a month that belong to a burst. It runs in the rollup, over the whole month's
/// partition, so that it sees the responses of every instance at once and costs no write per request.
/// </summary>
public sealed class BurstDetector(IntegrityOptions options)
{
    public const string KioskPrefix = "kiosk:";

    /// <summary>The ids of the open, unreviewed responses that are part of any burst.</summary>
    public IReadOnlySet<string> Find(IEnumerable<SurveyResponse> responses)
    {
        // Responses stored before their origin was recorded (no source) are not judged after the fact.
        var open = responses.Where(r => !r.Verified && r.Source is not null).OrderBy(r => r.SubmittedAt).ToList();
        var found = new HashSet<string>(StringComparer.Ordinal);
        var web = open.Where(r => r.ClientKey is null || !r.ClientKey.StartsWith(KioskPrefix, StringComparison.Ordinal)).ToList();
        Mark(web, r => $"{r.SurveyId}|{r.UnitId}", options.SurveyUnit, found);
        Mark(web, r => r.SurveyId, options.Survey, found);
        Mark(open, r => $"{r.SurveyId}|{AnswerVector(r)}", options.IdenticalAnswers, found);
        Mark(web.Where(r => r.ClientKey is not null), r => r.ClientKey!, options.ClientAddress, found);
        Mark(open.Where(r => r.ClientKey?.StartsWith(KioskPrefix, StringComparison.Ordinal) == true), r => r.ClientKey!, options.Kiosk, found);
        // Released responses were judged by a person and stay counted; quarantined and discarded ones are already out.
        found.ExceptWith(open.Where(r => r.Review is not null).Select(r => r.Id));
        return found;
    }

    /// <summary>Marks every response that lies in a window holding at least the threshold's number of its group.</summary>
    private static void Mark(IEnumerable<SurveyResponse> responses, Func<SurveyResponse, string> group, BurstThreshold threshold, HashSet<string> found)
    {
        if (threshold.Responses <= 1)
        {
            return;
        }
        foreach (var members in responses.GroupBy(group, StringComparer.Ordinal))
        {
            var list = members.ToList();
            var start = 0;
            var marked = -1;
            for (var end = 0; end < list.Count; end++)
            {
                while (list[end].SubmittedAt - list[start].SubmittedAt > threshold.Window)
                {
                    start++;
                }
                if (end - start + 1 >= threshold.Responses)
                {
                    for (var i = Math.Max(start, marked + 1); i <= end; i++)
                    {
                        found.Add(list[i].Id);
                    }
                    marked = end;
                }
            }
        }
    }

    private static string AnswerVector(SurveyResponse response) =>
        string.Join('\u001f', response.Answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"));
}
