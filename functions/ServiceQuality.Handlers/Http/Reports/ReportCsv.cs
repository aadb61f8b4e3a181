using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Reports;

namespace ServiceQuality.Handlers.Http.Reports;

/// <summary>
/// The report as one long CSV table: a row per figure (period, section, subject, dimension, key, measure, value),
/// so that every survey, the cases and the phone tests share one set of columns (<see cref="ReportCsvRows"/>). A
/// suppressed figure has an empty value and a note.
/// </summary>
public static class ReportCsv
{
    public static string Write(PerformanceReport report, string language)
    {
        var csv = new ReportCsvRows(language);
        var note = SuppressedNote(report.MinimumCellSize, language);
        SummaryCsv.Write(csv, report, note);
        foreach (var survey in report.Surveys)
        {
            Figures(csv, report.Period, survey.Id, "overall", "overall", survey.Overall, note);
            IntegrityCsv.Write(csv, report.Period, survey, note, language);
            if (survey.YearToDate is { } ytd)
            {
                Figures(csv, report.Period, survey.Id, "year-to-date", "overall", ytd, note);
            }
            foreach (var question in survey.Questions)
            {
                Figures(csv, report.Period, survey.Id, "question", question.Id, question.Figures, note);
            }
            foreach (var unit in survey.Units)
            {
                Figures(csv, report.Period, survey.Id, "unit", unit.Key, unit.Figures, note);
            }
            foreach (var channel in survey.Channels)
            {
                Figures(csv, report.Period, survey.Id, "channel", channel.Key, channel.Figures, note);
            }
            foreach (var point in survey.Trend)
            {
                Figures(csv, point.Month, survey.Id, "month", point.Month, point.Figures, note);
            }
            Value(csv, report.Period, "surveys", survey.Id, "dissatisfied", "overall", "responses", Csv.Number(survey.DissatisfiedResponses),
                survey.DissatisfiedResponses is null ? note : null);
            foreach (var topic in survey.DissatisfiedTopics)
            {
                var topicNote = topic.Suppressed ? note : null;
                Value(csv, report.Period, "surveys", survey.Id, "dissatisfied-topic", topic.Topic, "comments", Csv.Number(topic.Comments), topicNote);
                Value(csv, report.Period, "surveys", survey.Id, "dissatisfied-topic", topic.Topic, "negative", Csv.Number(topic.Negative), topicNote);
                Value(csv, report.Period, "surveys", survey.Id, "dissatisfied-topic", topic.Topic, "neutral", Csv.Number(topic.Neutral), topicNote);
                Value(csv, report.Period, "surveys", survey.Id, "dissatisfied-topic", topic.Topic, "positive", Csv.Number(topic.Positive), topicNote);
            }
            ChoiceCsv.Write(csv, report.Period, survey, note);
            if (survey.ResponseRates is { } rates)
            {
                ResponseRateCsv.Write(csv, report.Period, survey.Id, rates, note, language);
            }
        }

        var petitions = report.Petitions;
        Petitions(csv, report.Period, "total", petitions.Figures);
        if (petitions.YearToDate is { } petitionsToDate)
        {
            Petitions(csv, report.Period, "year-to-date", petitionsToDate);
        }
        Figures(csv, report.Period, "petitions", "handling-satisfaction", PerformanceReportService.PetitionSurveyId, petitions.HandlingSatisfaction, note, "petitions");

        var etiquette = report.Etiquette;
        Value(csv, report.Period, "etiquette", "phone-tests", "total", "all", "tests", Csv.Number(etiquette.TestCount), null);
        Value(csv, report.Period, "etiquette", "phone-tests", "total", "all", "average-score", Csv.Number(etiquette.AverageScore), null);
        Value(csv, report.Period, "etiquette", "phone-tests", "total", "all", "commendations", Csv.Number(etiquette.Commendations), null);
        Value(csv, report.Period, "etiquette", "phone-tests", "total", "all", "retests", Csv.Number(etiquette.Retests), null);
        Value(csv, report.Period, "etiquette", "phone-tests", "coverage", "all", "percent", Csv.Number(etiquette.Coverage.Percent), null);
        foreach (var unit in etiquette.Units)
        {
            Value(csv, report.Period, "etiquette", "phone-tests", "unit", unit.UnitId, "tests", Csv.Number(unit.TestCount), null);
            Value(csv, report.Period, "etiquette", "phone-tests", "unit", unit.UnitId, "average-score", Csv.Number(unit.AverageScore), unit.Suppressed ? note : null);
        }
        return csv.ToString();
    }

    public static string SuppressedNote(int minimum, string language) => language == Language.English
        ? $"suppressed: fewer than {minimum} responses"
        : $"樣本數少於 {minimum}，不予公布";

    private static void Figures(ReportCsvRows csv, string period, string subject, string dimension, string key, SatisfactionFigures figures, string note, string section = "surveys")
    {
        var rowNote = figures.Suppressed ? note : null;
        Value(csv, period, section, subject, dimension, key, "responses", Csv.Number(figures.Responses), rowNote);
        Value(csv, period, section, subject, dimension, key, "valid", Csv.Number(figures.Valid), rowNote);
        Value(csv, period, section, subject, dimension, key, "satisfied", Csv.Number(figures.Satisfied), rowNote);
        Value(csv, period, section, subject, dimension, key, "percent", Csv.Number(figures.Percent), rowNote);
        Value(csv, period, section, subject, dimension, key, "mean-score", Csv.Number(figures.MeanScore), rowNote);
        Value(csv, period, section, subject, dimension, key, "ci95-low", Csv.Number(figures.ConfidenceLow), rowNote);
        Value(csv, period, section, subject, dimension, key, "ci95-high", Csv.Number(figures.ConfidenceHigh), rowNote);
        Value(csv, period, section, subject, dimension, key, "change", Csv.Number(figures.Change), rowNote);
    }

    private static void Petitions(ReportCsvRows csv, string period, string dimension, PetitionFigures figures)
    {
        Group(csv, period, dimension, "all", new PetitionGroupFigures("all", figures.Received, figures.Replied, figures.Closed, figures.Due,
            figures.AnsweredOnTime, figures.AnsweredOnTimePercent));
        Value(csv, period, "petitions", "cases", dimension, "all", "median-working-days-to-reply", Csv.Number(figures.MedianWorkingDaysToReply), null);
        Value(csv, period, "petitions", "cases", dimension, "all", "median-calendar-days-to-reply", Csv.Number(figures.MedianCalendarDaysToReply), null);
        if (dimension != "total")
        {
            return;
        }
        foreach (var group in figures.Categories)
        {
            Group(csv, period, "category", group.Key, group);
        }
        foreach (var group in figures.Units)
        {
            Group(csv, period, "unit", group.Key, group);
        }
        foreach (var group in figures.Channels)
        {
            Group(csv, period, "channel", group.Key, group);
        }
    }

    private static void Group(ReportCsvRows csv, string period, string dimension, string key, PetitionGroupFigures group)
    {
        Value(csv, period, "petitions", "cases", dimension, key, "received", Csv.Number(group.Received), null);
        Value(csv, period, "petitions", "cases", dimension, key, "replied", Csv.Number(group.Replied), null);
        Value(csv, period, "petitions", "cases", dimension, key, "closed", Csv.Number(group.Closed), null);
        Value(csv, period, "petitions", "cases", dimension, key, "due", Csv.Number(group.Due), null);
        Value(csv, period, "petitions", "cases", dimension, key, "answered-on-time", Csv.Number(group.AnsweredOnTime), null);
        Value(csv, period, "petitions", "cases", dimension, key, "answered-on-time-percent", Csv.Number(group.AnsweredOnTimePercent), null);
    }

    private static void Value(ReportCsvRows csv, string period, string section, string subject, string dimension, string key, string measure, string value, string? note) =>
        csv.Value(period, section, subject, dimension, key, measure, value, note);
}
