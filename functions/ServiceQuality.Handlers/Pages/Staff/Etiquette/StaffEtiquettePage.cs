using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Validation;
using static ServiceQuality.Handlers.Pages.Staff.StaffPageParts;

namespace ServiceQuality.Handlers.Pages.Staff.Etiquette;

/// <summary>
/// The etiquette tests of a month or year: a filter form (GET, so the address can be shared), the period's figures
/// (count, average, each unit, units not tested) and the list of tests, each linking to its record.
/// </summary>
public sealed class StaffEtiquettePage(AgencyOrganisation organisation, EtiquetteRubric rubric, string language)
{
    private readonly bool _en = English(language);

    private string T(string zhTw, string en) => _en ? en : zhTw;

    public (string Title, string Body) Render(EtiquetteFilter filter, ValidationErrors errors, EtiquetteFigures? figures, IReadOnlyList<EtiquetteTest> tests, bool canRecord)
    {
        var title = T("禮貌測試", "Phone etiquette tests");
        var body = new StringBuilder($"<h1>{title}</h1>\n");
        if (canRecord)
        {
            body.Append($"<p><a href=\"{Html.Attr(EtiquettePaths.Form(language))}\">{T("登錄一筆新的測試", "Record a new test")}</a></p>\n");
        }
        if (!errors.IsEmpty)
        {
            body.Append(FormParts.ErrorSummary(errors, language, field => $"etiquette-{field}"));
        }
        body.Append(FilterForm(filter, errors));
        if (figures is null)
        {
            return (title, body.ToString());
        }
        var period = Period(filter);
        body.Append(Figures(figures, period));
        body.Append(TestList(tests, period, filter.UnitId));
        return (title, body.ToString());
    }

    private string Period(EtiquetteFilter filter) => filter.Month is { } m
        ? (_en ? new DateOnly(filter.Year, m, 1).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) : $"{filter.Year} 年 {m} 月")
        : (_en ? filter.Year.ToString(CultureInfo.InvariantCulture) : $"{filter.Year} 年");

    private string FilterForm(EtiquetteFilter filter, ValidationErrors errors)
    {
        var form = new StringBuilder();
        form.Append($"<form method=\"get\" action=\"/staff/etiquette\" class=\"staff-filters\" aria-label=\"{T("篩選", "Filter")}\">\n");
        if (_en)
        {
            form.Append("<input type=\"hidden\" name=\"lang\" value=\"en\">\n");
        }
        form.Append(Field("year", T("年度", "Year"), errors,
            $"<input type=\"text\" inputmode=\"numeric\" id=\"etiquette-year\" name=\"year\" value=\"{Html.Attr(filter.YearText.Length > 0 ? filter.YearText : filter.Year.ToString(CultureInfo.InvariantCulture))}\" maxlength=\"4\" autocomplete=\"off\"{Described("year", errors)}>"));
        var months = new StringBuilder($"<option value=\"\"{(filter.MonthText.Length == 0 ? " selected" : "")}>{T("全年", "Whole year")}</option>");
        for (var m = 1; m <= 12; m++)
        {
            var value = m.ToString(CultureInfo.InvariantCulture);
            var name = _en ? CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.GetMonthName(m) : $"{m} 月";
            months.Append($"<option value=\"{value}\"{(filter.MonthText.Trim() == value ? " selected" : "")}>{name}</option>");
        }
        form.Append(Field("month", T("月份", "Month"), errors, $"<select id=\"etiquette-month\" name=\"month\"{Described("month", errors)}>{months}</select>"));
        var units = new StringBuilder($"<option value=\"\">{T("全部單位", "All units")}</option>");
        foreach (var unit in organisation.Units)
        {
            units.Append($"<option value=\"{Html.Attr(unit.Id)}\"{(filter.UnitText == unit.Id ? " selected" : "")}>{Html.Encode(unit.Name[language])}</option>");
        }
        form.Append(Field("unit", T("單位", "Unit"), errors, $"<select id=\"etiquette-unit\" name=\"unit\"{Described("unit", errors)}>{units}</select>"));
        form.Append($"<div><button type=\"submit\" class=\"secondary\">{T("顯示", "Show")}</button></div>\n</form>\n");
        return form.ToString();
    }

    private static string Described(string field, ValidationErrors errors) =>
        errors.Has(field) ? $" aria-invalid=\"true\" aria-describedby=\"{FormParts.ErrorId(field)}\"" : "";

    private string Field(string field, string label, ValidationErrors errors, string control)
    {
        var error = errors.All.FirstOrDefault(e => e.Field == field) is { } e
            ? $"<p class=\"field-error\" id=\"{FormParts.ErrorId(field)}\">{Html.Encode(e.Message[language])}</p>"
            : "";
        return $"<div><label for=\"etiquette-{field}\">{label}</label>{error}{control}</div>\n";
    }

    private string Figures(EtiquetteFigures figures, string period)
    {
        var html = new StringBuilder($"<section class=\"staff-section\" aria-labelledby=\"etiquette-figures\">\n<h2 id=\"etiquette-figures\">{T($"{period}的數據", $"Figures for {period}")}</h2>\n");
        html.Append("<dl class=\"report-facts\">\n");
        html.Append($"<dt>{T("測試次數", "Tests")}</dt><dd>{Number(figures.TestCount)}</dd>\n");
        html.Append($"<dt>{T("平均分數", "Average score")}</dt><dd>{Decimal(figures.AverageScore)}</dd>\n");
        var percent = Decimal(figures.Coverage.Percent);
        html.Append($"<dt>{T("單位受測率", "Units tested")}</dt><dd>{Number(figures.Coverage.UnitsTested)} / {Number(figures.Coverage.UnitsRequired)}{(_en ? $" ({percent}%)" : $"（{percent}%）")}</dd>\n");
        html.Append($"<dt>{T("表揚", "Commended")}</dt><dd>{Number(figures.Commendations.Count)}</dd>\n");
        html.Append($"<dt>{T("須複測", "Retests called for")}</dt><dd>{Number(figures.Retests.Count)}{(figures.Retests.Count(r => r.Overdue) is > 0 and var late ? T($"（{late} 筆逾期未複測）", $" ({late} overdue)") : "")}</dd>\n");
        html.Append("</dl>\n");
        html.Append("<div class=\"table-scroll\"><table class=\"report-table\">\n");
        html.Append($"<caption>{T($"{period}各單位", $"Each unit, {period}")}</caption>\n");
        html.Append($"<thead><tr><th scope=\"col\">{T("單位", "Unit")}</th><th scope=\"col\">{T("測試次數", "Tests")}</th><th scope=\"col\">{T("平均分數", "Average")}</th></tr></thead>\n<tbody>\n");
        foreach (var unit in figures.Units)
        {
            html.Append($"<tr><th scope=\"row\">{Html.Encode(UnitName(unit.UnitId))}</th>{Td(T("測試次數", "Tests"), Number(unit.TestCount))}{Td(T("平均分數", "Average"), Decimal(unit.AverageScore))}</tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n");
        foreach (var p in figures.Coverage.Periods.Where(p => p.UntestedUnits.Count > 0))
        {
            html.Append($"<p>{T($"{p.FirstDay:yyyy-MM-dd} 至 {p.CountedUntil:yyyy-MM-dd} 尚未測試的單位：", $"Units not tested from {p.FirstDay:yyyy-MM-dd} to {p.CountedUntil:yyyy-MM-dd}: ")}")
                .Append(Html.Encode(string.Join(_en ? ", " : "、", p.UntestedUnits.Select(UnitName))))
                .Append(_en ? ".</p>\n" : "。</p>\n");
        }
        html.Append("</section>\n");
        return html.ToString();
    }

    private string TestList(IReadOnlyList<EtiquetteTest> tests, string period, string? unitId)
    {
        var scope = unitId is null ? period : _en ? $"{period}, {UnitName(unitId)}" : $"{period}・{UnitName(unitId)}";
        var html = new StringBuilder($"<section class=\"staff-section\" aria-labelledby=\"etiquette-tests\">\n<h2 id=\"etiquette-tests\">{Html.Encode(T($"{scope}的測試", $"Tests, {scope}"))}</h2>\n");
        if (tests.Count == 0)
        {
            html.Append($"<p class=\"no-figures\">{T("這段期間沒有測試紀錄。", "No tests were recorded in this period.")}</p>\n</section>\n");
            return html.ToString();
        }
        html.Append("<div class=\"table-scroll\"><table class=\"report-table staff-table\">\n");
        html.Append($"<caption>{Html.Encode(T($"{scope}的測試（{tests.Count} 筆，依測試時間排列）", $"Tests, {scope} ({tests.Count}, in order of testing)"))}</caption>\n");
        html.Append($"<thead><tr><th scope=\"col\">{T("測試時間", "Tested")}</th><th scope=\"col\">{T("單位", "Unit")}</th><th scope=\"col\">{T("受測人員／分機", "Staff / extension")}</th><th scope=\"col\">{T("分數", "Score")}</th><th scope=\"col\">{T("等第", "Grade")}</th><th scope=\"col\">{T("測試員", "Tester")}</th></tr></thead>\n<tbody>\n");
        foreach (var test in tests)
        {
            var who = string.Join(" / ", new[] { test.Staff, test.Extension }.Where(x => !string.IsNullOrWhiteSpace(x)));
            var grade = rubric.FindGrade(test.Grade)?.Name[language] ?? test.Grade;
            html.Append($"<tr><th scope=\"row\"><a href=\"{Html.Attr(EtiquettePaths.Recorded(test, language))}\">{Time(test.TestedAt)}</a></th>")
                .Append(Td(T("單位", "Unit"), Html.Encode(UnitName(test.UnitId)))).Append(Td(T("受測人員／分機", "Staff / extension"), Html.Encode(who.Length > 0 ? who : "—")))
                .Append(Td(T("分數", "Score"), Number(test.Total))).Append(Td(T("等第", "Grade"), Html.Encode(grade))).Append(Td(T("測試員", "Tester"), Html.Encode(test.Tester))).Append("</tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n</section>\n");
        return html.ToString();
    }

    private string UnitName(string unitId) => organisation.Find(unitId)?.Name[language] ?? unitId;
}
