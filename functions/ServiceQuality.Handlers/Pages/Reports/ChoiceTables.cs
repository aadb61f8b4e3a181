using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Reports;

namespace ServiceQuality.Handlers.Pages.Reports;

/// <summary>A survey's single-choice answers on the report page: per question, each option's count and share.</summary>
public static class ChoiceTables
{
    public static void Append(StringBuilder body, SurveyReport survey, int minimumCellSize, string language)
    {
        if (survey.Choices.Count == 0)
        {
            return;
        }
        var en = language == Language.English;
        if (survey.Choices.Any(c => !c.Suppressed))
        {
            body.Append(CultureInfo.InvariantCulture, $"<h3>{(en ? "Single-choice answers" : "單選題填答分布")}</h3>\n");
        }
        foreach (var choice in survey.Choices)
        {
            var question = ReportText.Text(choice.Text, language);
            var caption = choice.Answered is { } n
                ? (en ? $"{question} ({n:N0} answers)" : $"{question}（{n:N0} 人作答）")
                : question;
            if (choice.Suppressed)
            {
                body.Append(CultureInfo.InvariantCulture, $"<p class=\"no-figures\">{Html.Encode(en
                    ? $"{question}: fewer than {minimumCellSize} answers, not published."
                    : $"{question}：作答少於 {minimumCellSize} 人，不予公布。")}</p>\n");
                continue;
            }
            ReportTable.Append(body, caption, en ? ["Answer", "Responses", "Share"] : ["選項", "人數", "比例"],
                choice.Options.Select(o => new[]
                {
                    o.Text is null ? o.Value : ReportText.Text(o.Text, language), ReportText.Count(o.Count), ReportText.Percent(o.Percent),
                }),
                language);
        }
    }
}
