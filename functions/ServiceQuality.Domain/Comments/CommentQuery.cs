using System.Globalization;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Domain.Comments;

/// <summary>
/// What a manager asks the comments reader for: one survey and month, optionally one unit (or
/// <see cref="SurveyUnits.Unspecified"/> for responses naming none), one overall score and one topic, and a page.
/// </summary>
public sealed record CommentQuery(string SurveyId, MonthKey Month, string? Unit, int? OverallScore, string? Topic, int Page)
{
    /// <summary>
    /// Reads the query from its fields (survey, month, unit, score, topic, page); a missing survey or month is the
    /// first survey and the current Taipei month. Each bad field is named in <paramref name="errors"/>.
    /// </summary>
    public static CommentQuery? Parse(IReadOnlyDictionary<string, string?> fields, SurveyCatalog catalog, MonthKey current, ValidationErrors errors)
    {
        string? Field(string name) => fields.GetValueOrDefault(name) is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var surveyId = Field("survey") ?? catalog.All.First().Id;
        if (catalog.Find(surveyId) is null)
        {
            errors.Add("survey", "沒有這份問卷。", "There is no such survey.");
        }
        var month = current;
        if (Field("month") is { } monthText && (!MonthKey.TryParse(monthText, out month) || month.Year < MonthKey.MinYear))
        {
            errors.Add("month", "月份須為 yyyy-MM 格式，例如 2026-11。", "The month must be written yyyy-MM, e.g. 2026-11.");
        }
        int? score = null;
        if (Field("score") is { } scoreText)
        {
            score = int.TryParse(scoreText, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s is >= 1 and <= 5 ? s : null;
            if (score is null)
            {
                errors.Add("score", "整體評分須為 1 到 5。", "The overall score must be from 1 to 5.");
            }
        }
        var page = 1;
        if (Field("page") is { } pageText && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            errors.Add("page", "頁數須為 1 以上的整數。", "The page must be a whole number from 1.");
        }
        return errors.IsEmpty ? new CommentQuery(surveyId, month, Field("unit"), score, Field("topic"), page) : null;
    }

    public bool Matches(SurveyComment comment) =>
        (Unit is null || (string.IsNullOrEmpty(comment.UnitId) ? SurveyUnits.Unspecified : comment.UnitId) == Unit)
        && (OverallScore is null || comment.OverallScore == OverallScore)
        && (Topic is null || comment.Topic == Topic);
}
