using System.Security.Cryptography;
using System.Text;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.OpenData;

/// <summary>The de-identified responses of a month, read from that month's partitions only.</summary>
public sealed class OpenDataService(SurveyCatalog catalog, ISurveyResponseStore responses, PersonalDataScrubber scrubber, ReportOptions options)
{
    public async Task<OpenDataExport> ResponsesAsync(MonthKey month, CancellationToken cancellationToken)
    {
        var rows = new List<(string SortKey, OpenDataResponse Row)>();
        var suppressed = 0;
        var questions = new List<string>();
        foreach (var survey in catalog.All)
        {
            questions.AddRange(survey.Questions.Select(q => q.Id).Where(id => !questions.Contains(id)));
            var list = new List<SurveyResponse>();
            await foreach (var response in responses.ListMonthAsync(survey.Id, month, cancellationToken))
            {
                // Quarantined and discarded responses are in no published figure, open data included.
                if (response.IsCounted)
                {
                    list.Add(response);
                }
            }
            foreach (var group in list.GroupBy(r => string.IsNullOrEmpty(r.UnitId) ? SurveyRollup.Unspecified : r.UnitId, StringComparer.Ordinal))
            {
                if (group.Count() < options.MinimumCellSize)
                {
                    suppressed += group.Count();
                    continue;
                }
                rows.AddRange(group.Select(r => (SortKey(r), Publish(survey, group.Key, r))));
            }
        }
        // Rows are ordered by survey, date and unit, then by a hash of the id: neither the order of arrival nor the id is given away.
        var ordered = rows
            .OrderBy(r => r.Row.Survey, StringComparer.Ordinal)
            .ThenBy(r => r.Row.Date)
            .ThenBy(r => r.Row.Unit, StringComparer.Ordinal)
            .ThenBy(r => r.SortKey, StringComparer.Ordinal)
            .Select(r => r.Row)
            .ToList();
        return new OpenDataExport(month.ToString(), options.MinimumCellSize, suppressed, questions, ordered);
    }

    private OpenDataResponse Publish(SurveyDefinition survey, string unit, SurveyResponse response)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in survey.Questions)
        {
            if (response.Answers.TryGetValue(question.Id, out var value))
            {
                answers[question.Id] = question.Type == QuestionType.Text ? scrubber.Scrub(value) : value;
            }
        }
        return new OpenDataResponse(survey.Id, response.SurveyVersion, TaipeiTime.DateOf(response.SubmittedAt), unit, response.Channel, response.Language, answers);
    }

    private static string SortKey(SurveyResponse response) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(response.Id)));
}
