using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Handlers.Pages;

/// <summary>The confirmation after a test is logged: the total and grade the server computed, and what follows from them.</summary>
public static class EtiquetteTestRecordedPage
{
    /// <returns>The page's title and body, for the staff layout.</returns>
    public static (string Title, string Body) Render(EtiquetteTest test, EtiquetteRubric rubric, AgencyOrganisation organisation, string language)
    {
        var en = language == Language.English;
        var grade = rubric.FindGrade(test.Grade)?.Name[language] ?? test.Grade;
        var rows = new StringBuilder();
        foreach (var item in rubric.Items)
        {
            var score = test.Scores.TryGetValue(item.Id, out var s) ? s.ToString(CultureInfo.InvariantCulture) : "—";
            rows.Append($"<tr><th scope=\"row\">{Html.Encode(item.Name[language])}</th><td>{score} / {item.MaxPoints}</td></tr>\n");
        }
        var unit = organisation.Find(test.UnitId)?.Name[language] ?? test.UnitId;
        var testedAt = TaipeiTime.ToTaipei(test.TestedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var follow = test.Commended
            ? $"<p class=\"commended\">{(en ? "This test goes on the commendation list." : "本次測試列入表揚名單。")}</p>\n"
            : test.RetestDue is { } due
                ? $"<p class=\"retest\">{(en ? $"Retest by {due:yyyy-MM-dd}." : $"請於 {due:yyyy-MM-dd} 前複測。")}</p>\n"
                : "";
        var body = $"""
            <h1>{(en ? "Test recorded" : "測試已登錄")}</h1>
            <p class="etiquette-result">{(en ? "Total" : "總分")} <strong id="total">{test.Total}</strong> / {EtiquetteRubric.TotalPoints} — <strong id="grade">{Html.Encode(grade)}</strong></p>
            {follow}<table>
            <caption>{(en ? "Scores" : "評分")}</caption>
            {rows}</table>
            <dl class="etiquette-details">
            <dt>{(en ? "Tested at" : "測試時間")}</dt><dd>{testedAt}</dd>
            <dt>{(en ? "Unit" : "受測單位")}</dt><dd>{Html.Encode(unit)}</dd>
            <dt>{(en ? "Staff member" : "受測人員")}</dt><dd>{Html.Encode(test.Staff ?? "—")}</dd>
            <dt>{(en ? "Extension" : "分機")}</dt><dd>{Html.Encode(test.Extension ?? "—")}</dd>
            <dt>{(en ? "Tester" : "測試人員")}</dt><dd>{Html.Encode(test.Tester)}</dd>
            <dt>{(en ? "Notes" : "備註")}</dt><dd>{Html.Encode(test.Notes ?? "—")}</dd>
            </dl>
            <p><a class="button" href="{Html.Attr(EtiquettePaths.Form(language))}">{(en ? "Log another test" : "登錄下一筆測試")}</a></p>
            """;
        return (en ? "Test recorded" : "測試已登錄", body);
    }
}
