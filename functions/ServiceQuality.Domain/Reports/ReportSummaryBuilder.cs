using ServiceQuality.Domain.Etiquette;

namespace ServiceQuality.Domain.Reports;

/// <summary>Puts the headline figures of a report, each with its change against the comparison period, into rows.</summary>
public static class ReportSummaryBuilder
{
    public static ReportSummary Build(
        IReadOnlyList<SurveyReport> surveys,
        PetitionFigures petitions,
        PetitionFigures previousPetitions,
        EtiquetteFigures etiquette,
        EtiquetteFigures previousEtiquette)
    {
        var rows = surveys.Select(s => new SummaryRow(
            $"survey/{s.Id}", s.Title, SummaryMeasures.Percent, s.Overall.Percent, s.Overall.Change, s.Overall.Responses, SummaryCounts.Responses, s.Overall.Suppressed))
            .ToList();
        rows.Add(new SummaryRow(
            "petitions/answered-on-time",
            Localization.LocalizedText.Of("陳情案件期限內回覆率", "Petitions answered on time").Values,
            SummaryMeasures.Percent,
            petitions.AnsweredOnTimePercent,
            Difference(petitions.AnsweredOnTimePercent, previousPetitions.AnsweredOnTimePercent),
            petitions.Due,
            SummaryCounts.Cases,
            false));
        rows.Add(new SummaryRow(
            "etiquette/average-score",
            Localization.LocalizedText.Of("電話禮貌測試平均分數", "Phone-etiquette average score").Values,
            SummaryMeasures.Score,
            Rounded(etiquette.AverageScore),
            Difference(Rounded(etiquette.AverageScore), Rounded(previousEtiquette.AverageScore)),
            etiquette.TestCount,
            SummaryCounts.Tests,
            false));
        return new ReportSummary(rows);
    }

    // Changes are taken between the figures as printed, so that they agree with what the reader subtracts.
    private static decimal? Difference(decimal? now, decimal? before) => now is { } n && before is { } b ? n - b : null;

    private static decimal? Rounded(decimal? score) => score is { } s ? Math.Round(s, 1, MidpointRounding.AwayFromZero) : null;
}
