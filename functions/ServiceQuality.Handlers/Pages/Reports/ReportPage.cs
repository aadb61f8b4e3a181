using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Handlers.Pages.Reports;

/// <summary>
/// The report as a page laid out like the printed yearly report: the summary table it opens with, then for each survey
/// its method and result, then the cases and the phone tests. Every chart is followed by a table of the same figures;
/// a table with no figure at all is replaced by one line.
/// </summary>
public static class ReportPage
{
    private const string Dash = ReportText.Dash;

    /// <param name="recomputeField">
    /// The staff anti-forgery input of a reader who may recompute the figures, who is offered the button; null for anyone else.
    /// </param>
    public static string Render(LocalizedText agency, Labels labels, PerformanceReport report, string language, string path, string? recomputeField)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        var title = report.Month is { } m
            ? T($"{MinguoDate.Month(report.Year, m)}服務品質報告（{report.Year} 年 {m} 月）", $"Service quality report, {MonthName(m, en)} {report.Year}")
            : T($"{MinguoDate.Year(report.Year)}服務品質報告（{report.Year} 年）", $"Service quality report {report.Year}");
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1>{Html.Encode(Text(report.Agency, language))}<br>{Html.Encode(title)}</h1>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"hint\">{Html.Encode(T(
            $"滿意度為回答「滿意」或「非常滿意」者占有效樣本（不含「不適用」）之比例，95% 信賴區間以 Wilson 法計算；增減為與{MinguoDate.Period(report.PreviousPeriod)}相比之百分點。樣本數少於 {report.MinimumCellSize} 之項目不予公布，以「—」表示。",
            $"Satisfaction is the share of valid answers (not counting \"not applicable\") that were \"satisfied\" or \"very satisfied\"; the 95% interval is the Wilson score interval; the change is in percentage points against {report.PreviousPeriod}. Figures of fewer than {report.MinimumCellSize} responses are not published and are shown as \"—\"."))}</p>\n");
        ReportMasthead.Append(body, report, language, recomputeField);
        ReportSummaryTable.Append(body, report, language);

        body.Append(CultureInfo.InvariantCulture, $"<nav class=\"report-contents\" aria-label=\"{T("目錄", "Contents")}\"><ul>");
        foreach (var survey in report.Surveys)
        {
            body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#survey-{survey.Id}\">{Html.Encode(Text(survey.Title, language))}</a></li>");
        }
        body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#petitions\">{T("陳情案件", "Petitions and complaints")}</a></li>");
        body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#etiquette\">{T("電話禮貌測試", "Phone-etiquette tests")}</a></li></ul></nav>\n");

        foreach (var survey in report.Surveys)
        {
            Survey(body, report, survey, language, labels);
        }
        Petitions(body, report, language, labels);
        Etiquette(body, report, language);

        var other = en ? Language.TraditionalChinese : Language.English;
        return PageLayout.Render(agency, language, title, body.ToString(), $"{path}?lang={other}");
    }

    private static void Survey(StringBuilder body, PerformanceReport report, SurveyReport survey, string language, Labels labels)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        var id = $"survey-{survey.Id}";
        body.Append(CultureInfo.InvariantCulture, $"<section class=\"report-section\" aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{Html.Encode(Text(survey.Title, language))}</h2>\n");
        body.Append("<dl class=\"report-facts\">");
        body.Append(CultureInfo.InvariantCulture, $"<dt>{T("調查方式", "Method")}</dt><dd>{Html.Encode(Text(survey.Method, language))}</dd>");
        body.Append(CultureInfo.InvariantCulture, $"<dt>{T("調查結果", "Result")}</dt><dd>{Html.Encode(Result(survey.Overall, report, language))}</dd>");
        IntegrityFacts.Append(body, survey, f => Result(f with { Change = null }, report, language), language);
        if (survey.YearToDate is { } ytd)
        {
            body.Append(CultureInfo.InvariantCulture, $"<dt>{T("年度累計", "Year to date")}</dt><dd>{Html.Encode(Result(ytd with { Change = null }, report, language))}</dd>");
        }
        body.Append("</dl>\n");

        // A part with no figure at all gets no heading: one line in its place says so (on screen; in print not even that).
        var trendTitle = T($"{Text(survey.Title, language)}：各月整體滿意度", $"{Text(survey.Title, language)}: overall satisfaction by month");
        var trendRows = survey.Trend.Select(p => new[] { PeriodName(p.Month, en), Count(p.Figures.Responses), Percent(p.Figures.Percent) }).ToList();
        if (ReportTable.HasFigures(trendRows))
        {
            var trend = survey.Trend.Select(p => new ChartBar(MonthLabel(p.Month, en), p.Figures.Percent, Percent(p.Figures.Percent))).ToList();
            Heading(body, T("各月趨勢", "Monthly trend"));
            body.Append("<figure class=\"wide-chart\">");
            body.Append(SvgChart.Columns($"{id}-trend", trendTitle, Describe(trend, en), trend, 100));
            body.Append("</figure>\n<div class=\"narrow-chart\">");
            BarList.Append(body, $"{id}-trend-bars", trendTitle,
                survey.Trend.Select(p => new ChartBar(PeriodName(p.Month, en), p.Figures.Percent, Percent(p.Figures.Percent))).ToList(), 100);
            body.Append("</div>\n");
        }
        ReportTable.Append(body, trendTitle, [T("月份", "Month"), T("樣本數", "Responses"), T("滿意度", "Satisfaction")], trendRows, language);

        var questionRows = survey.Questions.Select(q => FigureCells(Text(q.Text, language), q.Figures)).ToList();
        HeadingIf(body, questionRows, T("各題結果", "Results by question"));
        ReportTable.Append(body, T("各題滿意度", "Satisfaction by question"), FigureHeaders(en, T("題目", "Question")), questionRows, language);
        ChoiceTables.Append(body, survey, report.MinimumCellSize, language);

        var units = survey.Units.Where(u => u.Name is not null).ToList();
        if (units.Count > 0)
        {
            var unitTitle = T($"{Text(survey.Title, language)}：各單位整體滿意度", $"{Text(survey.Title, language)}: overall satisfaction by unit");
            var unitRows = survey.Units.Select(u => FigureCells(u.Name is null ? Unnamed(u.Key, en) : Text(u.Name, language), u.Figures)).ToList();
            HeadingIf(body, unitRows, T("各單位", "By unit"));
            BarList.Append(body, $"{id}-units", unitTitle, units.Select(u => new ChartBar(Text(u.Name!, language), u.Figures.Percent, Percent(u.Figures.Percent))).ToList(), 100);
            ReportTable.Append(body, unitTitle, FigureHeaders(en, T("單位", "Unit")), unitRows, language);
        }
        if (survey.Channels.Count > 0)
        {
            var channelRows = survey.Channels.Select(c => FigureCells(c.Key == SurveyRollup.Unspecified ? Unnamed(c.Key, en) : labels.Channel(c.Key, language), c.Figures)).ToList();
            HeadingIf(body, channelRows, T("各填答管道", "By channel"));
            ReportTable.Append(body, T("各填答管道整體滿意度", "Overall satisfaction by channel"), FigureHeaders(en, T("管道", "Channel")), channelRows, language);
        }
        if (survey.DissatisfiedTopics.Count > 0)
        {
            var topicRows = survey.DissatisfiedTopics.Select(t => new[] { Text(t.Name, language), Count(t.Comments), Count(t.Negative), Count(t.Neutral), Count(t.Positive) }).ToList();
            HeadingIf(body, topicRows, T("未達滿意者的意見主題", "What dissatisfied respondents wrote about"));
            ReportTable.Append(body, T("整體評分 3 分以下者之意見主題", "Comment topics of responses with an overall score of 3 or less"),
                [T("主題", "Topic"), T("則數", "Comments"), T("負面", "Negative"), T("中性", "Neutral"), T("正面", "Positive")], topicRows, language);
        }
        if (survey.ResponseRates is { } rates)
        {
            ResponseRateTable.Append(body, Text(survey.Title, language), rates, report.MinimumCellSize, language, labels);
        }
        body.Append("</section>\n");
    }

    private static void Petitions(StringBuilder body, PerformanceReport report, string language, Labels labels)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        var petitions = report.Petitions;
        var f = petitions.Figures;
        string Name(string key) => petitions.Names.TryGetValue(key, out var name) ? Text(name, language) : Unnamed(key, en);
        body.Append(CultureInfo.InvariantCulture, $"<section class=\"report-section\" aria-labelledby=\"petitions\">\n<h2 id=\"petitions\">{T("陳情案件", "Petitions and complaints")}</h2>\n");
        body.Append("<dl class=\"report-facts\">");
        body.Append(CultureInfo.InvariantCulture, $"<dt>{T("統計方式", "Method")}</dt><dd>{Html.Encode(T(
            $"依受理日（臺北時間）統計本期受理之案件，處理情形計至{MinguoDate.Date(petitions.AsOf)}（{petitions.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}）；期限內回覆率以已回覆或已逾期之案件為分母；回覆天數不含受理當日。",
            $"Cases filed in the period (Taipei date), as handled by {petitions.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; the on-time rate is over cases replied to or past their due date; days to reply do not count the day of filing."))}</dd>");
        body.Append(CultureInfo.InvariantCulture, $"<dt>{T("結果", "Result")}</dt><dd>{Html.Encode(T(
            $"受理 {f.Received} 件，已回覆 {f.Replied} 件，已結案 {f.Closed} 件；期限內回覆 {f.AnsweredOnTime} 件（{Percent(f.AnsweredOnTimePercent)}）；回覆天數中位數 {Number(f.MedianWorkingDaysToReply)} 個工作天（{Number(f.MedianCalendarDaysToReply)} 日曆天）；陳情處理滿意度 {Percent(petitions.HandlingSatisfaction.Percent)}。",
            $"{f.Received} received, {f.Replied} replied to, {f.Closed} closed; {f.AnsweredOnTime} answered by the due date ({Percent(f.AnsweredOnTimePercent)}); median time to reply {Number(f.MedianWorkingDaysToReply)} working days ({Number(f.MedianCalendarDaysToReply)} calendar days); petition handling satisfaction {Percent(petitions.HandlingSatisfaction.Percent)}."))}</dd>");
        body.Append("</dl>\n");
        if (f.Categories.Count > 0)
        {
            var chartTitle = T("各類別受理件數", "Cases received by category");
            var max = Math.Max(1, f.Categories.Max(c => c.Received));
            var bars = f.Categories.Select(c => new ChartBar(Name(c.Key), c.Received, c.Received.ToString(CultureInfo.InvariantCulture))).ToList();
            body.Append(CultureInfo.InvariantCulture, $"<h3>{T("案件類別", "Case categories")}</h3>\n");
            BarList.Append(body, "petitions-categories", chartTitle, bars, max);
            ReportTable.Append(body, chartTitle, CaseHeaders(en, T("類別", "Category")), f.Categories.Select(c => CaseCells(Name(c.Key), c)), language);
        }
        if (f.Units.Count > 0)
        {
            ReportTable.Append(body, T("各單位案件", "Cases by unit"), CaseHeaders(en, T("單位", "Unit")), f.Units.Select(c => CaseCells(Name(c.Key), c)), language);
        }
        if (f.Channels.Count > 0)
        {
            ReportTable.Append(body, T("各受理管道案件", "Cases by channel"), CaseHeaders(en, T("管道", "Channel")), f.Channels.Select(c => CaseCells(c.Key == SurveyRollup.Unspecified ? Unnamed(c.Key, en) : labels.Channel(c.Key, language), c)), language);
        }
        body.Append("</section>\n");
    }

    private static void Etiquette(StringBuilder body, PerformanceReport report, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        var e = report.Etiquette;
        body.Append(CultureInfo.InvariantCulture, $"<section class=\"report-section\" aria-labelledby=\"etiquette\">\n<h2 id=\"etiquette\">{T("電話禮貌測試", "Phone-etiquette tests")}</h2>\n");
        body.Append("<dl class=\"report-facts\">");
        body.Append(CultureInfo.InvariantCulture, $"<dt>{T("測試方式", "Method")}</dt><dd>{Html.Encode(T(
            "由同仁以電話實際洽詢，依評分表（接聽速度、問候、禮貌、正確性、轉接、結語，滿分 100 分）評分；每一單位每四個月至少測試一次。",
            "Staff call a colleague as a citizen would and score the call against the rubric (promptness, greeting, courtesy, accuracy, transfer, closing; 100 points); every unit is tested at least once every four months."))}</dd>");
        body.Append(CultureInfo.InvariantCulture, $"<dt>{T("結果", "Result")}</dt><dd>{Html.Encode(T(
            $"測試 {e.TestCount} 次，平均 {Number(e.AverageScore)} 分；列入獎勵 {e.Commendations} 次，需複測 {e.Retests} 次；單位受測涵蓋率 {Percent(e.Coverage.Percent)}。",
            $"{e.TestCount} tests, average score {Number(e.AverageScore)}; {e.Commendations} commended, {e.Retests} to be retested; unit coverage {Percent(e.Coverage.Percent)}."))}</dd>");
        body.Append("</dl>\n");
        var tested = e.Units.Where(u => u.TestCount > 0).ToList();
        if (tested.Count > 0)
        {
            var chartTitle = T("各單位平均分數", "Average score by unit");
            var bars = tested.Select(u => new ChartBar(u.Name is null ? u.UnitId : Text(u.Name, language), u.AverageScore, Number(u.AverageScore))).ToList();
            BarList.Append(body, "etiquette-units", chartTitle, bars, 100);
            ReportTable.Append(body, chartTitle, [T("單位", "Unit"), T("測試次數", "Tests"), T("平均分數", "Average score")],
                tested.Select(u => new[] { u.Name is null ? u.UnitId : Text(u.Name, language), u.TestCount.ToString(CultureInfo.InvariantCulture), Number(u.AverageScore) }), language);
        }
        body.Append("</section>\n");
    }

    private static void Heading(StringBuilder body, string heading) =>
        body.Append(CultureInfo.InvariantCulture, $"<h3>{Html.Encode(heading)}</h3>\n");

    private static void HeadingIf(StringBuilder body, IEnumerable<string[]> rows, string heading)
    {
        if (ReportTable.HasFigures(rows))
        {
            Heading(body, heading);
        }
    }

    private static string Result(SatisfactionFigures f, PerformanceReport report, string language)
    {
        var en = language == Language.English;
        if (f.Suppressed)
        {
            return en ? $"{Dash} (fewer than {report.MinimumCellSize} responses)" : $"{Dash}（樣本數少於 {report.MinimumCellSize}）";
        }
        var change = f.Change is { } c
            ? en ? $"; {(c >= 0 ? "+" : "")}{c.ToString("0.0", CultureInfo.InvariantCulture)} points on {report.PreviousPeriod}"
                 : $"；較{MinguoDate.Period(report.PreviousPeriod)}{(c >= 0 ? "增加" : "減少")} {Math.Abs(c).ToString("0.0", CultureInfo.InvariantCulture)} 個百分點"
            : "";
        return en
            ? FormattableString.Invariant($"Satisfaction {Percent(f.Percent)} ({f.Satisfied:N0} of {f.Valid:N0} valid answers, {f.Responses:N0} responses; 95% interval {Percent(f.ConfidenceLow)}–{Percent(f.ConfidenceHigh)}; mean score {Number(f.MeanScore)}){change}.")
            : FormattableString.Invariant($"滿意度 {Percent(f.Percent)}（有效樣本 {f.Valid:N0} 份中滿意 {f.Satisfied:N0} 份，回收 {f.Responses:N0} 份；95% 信賴區間 {Percent(f.ConfidenceLow)}–{Percent(f.ConfidenceHigh)}；平均 {Number(f.MeanScore)} 分）{change}。");
    }

    private static string[] FigureHeaders(bool en, string first) => en
        ? [first, "Responses", "Valid", "Satisfied", "Satisfaction", "Mean", "95% interval", "Change"]
        : [first, "樣本數", "有效樣本", "滿意", "滿意度", "平均分數", "95% 信賴區間", "增減"];

    private static string[] FigureCells(string label, SatisfactionFigures f) =>
    [
        label, Count(f.Responses), Count(f.Valid), Count(f.Satisfied), Percent(f.Percent), Number(f.MeanScore),
        f.ConfidenceLow is null ? Dash : $"{Percent(f.ConfidenceLow)}–{Percent(f.ConfidenceHigh)}",
        ReportText.Change(f.Change),
    ];

    private static string[] CaseHeaders(bool en, string first) => en
        ? [first, "Received", "Replied", "Closed", "Answered on time", "On-time rate"]
        : [first, "受理", "已回覆", "已結案", "期限內回覆", "期限內回覆率"];

    private static string[] CaseCells(string label, PetitionGroupFigures g) =>
    [
        label, g.Received.ToString(CultureInfo.InvariantCulture), g.Replied.ToString(CultureInfo.InvariantCulture),
        g.Closed.ToString(CultureInfo.InvariantCulture), g.AnsweredOnTime.ToString(CultureInfo.InvariantCulture), Percent(g.AnsweredOnTimePercent),
    ];

    private static string Describe(IReadOnlyList<ChartBar> bars, bool en) =>
        bars.Count == 0 ? (en ? "No figures." : "無資料。") : string.Join(en ? "; " : "；", bars.Select(b => $"{b.Label} {b.Text}"));

    private static string Text(IReadOnlyDictionary<string, string> text, string language) => ReportText.Text(text, language);

    private static string Unnamed(string key, bool en) => ReportText.Unnamed(key, en);

    private static string Percent(decimal? value) => ReportText.Percent(value);

    private static string Number(decimal? value) => ReportText.Number(value);

    private static string Count(int? value) => ReportText.Count(value);

    private static string PeriodName(string period, bool en) => ReportText.PeriodName(period, en);

    private static string MonthName(int month, bool en) => ReportText.MonthName(month, en);

    private static string MonthLabel(string month, bool en) =>
        int.TryParse(month.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            ? en ? CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m) : $"{m}月"
            : month;
}
