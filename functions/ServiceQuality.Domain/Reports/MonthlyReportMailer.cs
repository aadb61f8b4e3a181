using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Email;
using ServiceQuality.Domain.Idempotency;
using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Reports;

/// <summary>
/// Sends the managers a summary of the month just ended, with a link to the full report. Each month is sent
/// once: the month is marked as sent after its e-mails are queued, so a timer that fires again finds the mark,
/// and a run that failed before marking sends again (the same message ids).
/// </summary>
public sealed class MonthlyReportMailer(
    PerformanceReportService reports,
    IEmailQueue queue,
    IIdempotencyStore sent,
    AgencyOrganisation organisation,
    InvitationOptions links,
    TimeProvider time)
{
    public const string Scope = "monthly-report";

    /// <summary>Queues the summary of the month before <paramref name="now"/>'s Taipei month; the number of e-mails queued.</summary>
    public async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var month = MonthKey.Of(now).Previous;
        var marker = new IdempotencyEntry(Scope, month.ToString(), month.ToString(), month.ToString(), now);
        if (organisation.ReportRecipients.Count == 0 || await IsSentAsync(month, cancellationToken))
        {
            return 0;
        }
        var report = await reports.BuildAsync(ReportPeriod.OfMonth(month), cancellationToken);
        if (report is null)
        {
            return 0;
        }
        foreach (var recipient in organisation.ReportRecipients)
        {
            var values = Values(report, month, recipient.Language);
            await queue.EnqueueAsync(
                new EmailMessage($"{EmailKinds.MonthlyReport}-{month}-{recipient.Email}", EmailKinds.MonthlyReport, recipient.Language,
                    recipient.Email, recipient.Name, values, now),
                cancellationToken);
        }
        await sent.TryClaimAsync(marker, cancellationToken);
        return organisation.ReportRecipients.Count;
    }

    private async Task<bool> IsSentAsync(MonthKey month, CancellationToken cancellationToken) =>
        await sent.FindAsync(Scope, month.ToString(), cancellationToken) is not null;

    /// <summary>A percentage with its count, or why there is none.</summary>
    private static string Figure(SatisfactionFigures figures, bool en) =>
        figures.Suppressed || figures.Percent is null
            ? (en ? "— (fewer than 5 responses)" : "—（填答少於 5 份）")
            : string.Create(CultureInfo.InvariantCulture, $"{figures.Percent:0.0}% ({figures.Satisfied}/{figures.Valid}, n = {figures.Responses})");

    private Dictionary<string, string> Values(PerformanceReport report, MonthKey month, string language)
    {
        var en = language == Language.English;
        var surveys = new StringBuilder();
        foreach (var survey in report.Surveys)
        {
            var title = survey.Title.TryGetValue(en ? Language.English : Language.TraditionalChinese, out var t) ? t : survey.Id;
            var all = Figure(survey.Overall, en);
            var verified = survey.Verified is { } v ? Figure(v, en) : "—";
            var line = en
                ? $"{title}: all responses {all}; verified only {verified}" + (survey.OpenResponsesPublished ? "" : " (open responses not published)")
                    + (survey.Quarantined > 0 ? $"; {survey.Quarantined} quarantined" : "")
                : $"{title}：全部回應 {all}；僅已驗證 {verified}" + (survey.OpenResponsesPublished ? "" : "（未公布未驗證回應）")
                    + (survey.Quarantined > 0 ? $"；隔離 {survey.Quarantined} 份" : "");
            surveys.Append(line).Append('\n');
        }
        var p = report.Petitions.Figures;
        var onTime = p.AnsweredOnTimePercent is { } percent ? string.Create(CultureInfo.InvariantCulture, $"{percent:0.0}%") : "—";
        var petitions = en
            ? $"Received {p.Received}, replied {p.Replied}, closed {p.Closed}; answered by the due date {onTime}."
            : $"收件 {p.Received} 件，已回覆 {p.Replied} 件，已結案 {p.Closed} 件；如期回覆率 {onTime}。";
        var e = report.Etiquette;
        var average = e.AverageScore is { } a ? a.ToString("0.0", CultureInfo.InvariantCulture) : "—";
        var etiquette = en
            ? $"{e.TestCount} tests, average {average}; {e.Commendations} commended, {e.Retests} to retest."
            : $"測試 {e.TestCount} 次，平均 {average} 分；優良 {e.Commendations} 次，需複測 {e.Retests} 次。";
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [EmailValues.AgencyName] = organisation.AgencyName[language],
            [EmailValues.Period] = en ? new DateTime(month.Year, month.Month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture) : MinguoDate.Month(month),
            [EmailValues.SurveySummary] = surveys.ToString().TrimEnd(),
            [EmailValues.PetitionSummary] = petitions,
            [EmailValues.EtiquetteSummary] = etiquette,
            [EmailValues.Link] = $"{links.PublicBaseUrl.TrimEnd('/')}/reports/{month.Year}/{month.Month}" + (en ? "?lang=en" : ""),
        };
    }
}
