using System.Globalization;
using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Audit;
using ServiceQuality.Domain.Classification;
using ServiceQuality.Domain.Email;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Pages;
using ServiceQuality.Handlers.Pages.Staff;
using ServiceQuality.Handlers.Pages.Staff.Operations;
using ServiceQuality.Handlers.Staff;
using ServiceQuality.ModelRegistry;
using ServiceQuality.Storage;
using ServiceQuality.Storage.Email;
using ServiceQuality.Storage.Operations;

namespace ServiceQuality.Handlers.Http.Staff.Operations;

/// <summary>
/// GET staff/operations, POST staff/operations/poison/{queue}/replay and POST staff/operations/rollups (admin):
/// the operations page and its two actions, on the same PoisonQueues and RollupService as api/poison and
/// api/rollups. A done action is audited under the signed-in name and answered with 303 back to the page; a
/// refused one shows the page again with the reason (400).
/// </summary>
public sealed class StaffOperationsEndpoints(
    StaffGate gate, StaffLayout layout, StaffForms forms, PoisonQueues poison, RollupService rollups, IEmailOutboxStore outbox,
    SendGridOptions sendGrid, IModelRepository models, IAuditTrail audit, TimeProvider time)
{
    public static readonly string[] Roles = [StaffRoles.Admin];

    /// <summary>How many of a model's versions the page lists; the rest stay in storage.</summary>
    public const int VersionsShown = 5;

    public async Task<IResult> GetAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!gate.TryPage(request, out var staff, out var refusal, Roles))
        {
            return refusal;
        }
        var model = await ModelAsync(cancellationToken) with { MessageHtml = DoneMessage(request, StaffLayout.LanguageOf(request)) };
        return Page(request, staff, model);
    }

    public async Task<IResult> ReplayAsync(HttpRequest request, string queue, CancellationToken cancellationToken)
    {
        var post = await gate.TryPostAsync(request, cancellationToken, Roles);
        if (post.Refused)
        {
            return post.Refusal;
        }
        var (staff, form) = (post.Staff, post.Fields);
        if (!PoisonQueues.IsKnown(queue))
        {
            var errors = new ValidationErrors().Add("queue", "沒有這個佇列。", "There is no such queue.");
            return Page(request, staff, await ModelAsync(cancellationToken) with { Errors = errors }, StatusCodes.Status400BadRequest);
        }
        var replayed = await poison.ReplayAsync(queue, cancellationToken);
        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), staff.AuditName, AuditActions.PoisonReplayed, $"poison/{queue}",
            replayed.ToString(CultureInfo.InvariantCulture)), cancellationToken);
        return StaffRedirect.SeeOther(request, FormattableString.Invariant($"/staff/operations?done=replayed&queue={Uri.EscapeDataString(queue)}&count={replayed}"), StaffLayout.LanguageOf(request));
    }

    /// <summary>Fields: scope (month or year), year, and month for a month.</summary>
    public async Task<IResult> RecomputeAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var post = await gate.TryPostAsync(request, cancellationToken, Roles);
        if (post.Refused)
        {
            return post.Refusal;
        }
        var (staff, form) = (post.Staff, post.Fields);
        var scope = form.Value("scope") == "year" ? "year" : "month";
        var yearText = form.Value("year");
        var monthText = scope == "month" ? form.Value("month") : null;
        var errors = new ValidationErrors();
        var period = ReportPeriod.Parse(yearText, monthText, errors);
        RollupRun? run = null;
        if (period is { } p && (run = await rollups.RecomputeAsync(p, cancellationToken)) is null)
        {
            errors.Add(scope, "這段期間尚未開始，沒有數據可計算。", "This period has not begun yet; there is nothing to compute.");
        }
        if (run is null || period is null)
        {
            var model = await ModelAsync(cancellationToken) with { Errors = errors, Form = scope, YearText = yearText, MonthText = monthText };
            return Page(request, staff, model, StatusCodes.Status400BadRequest);
        }
        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), staff.AuditName, AuditActions.RollupRecomputed, $"rollups/{period}",
            string.Join(",", run.Periods)), cancellationToken);
        return StaffRedirect.SeeOther(request, $"/staff/operations?done=recomputed&period={period}", StaffLayout.LanguageOf(request));
    }

    private IResult Page(HttpRequest request, StaffMember staff, StaffOperationsModel model, int status = StatusCodes.Status200OK)
    {
        var (title, body) = new StaffOperationsPage(forms, StaffLayout.LanguageOf(request)).Render(model, staff);
        return layout.Page(request, staff, title, body, status);
    }

    private async Task<StaffOperationsModel> ModelAsync(CancellationToken cancellationToken)
    {
        var now = MonthKey.Of(time.GetUtcNow());
        var emails = 0;
        await foreach (var _ in outbox.ListRecentAsync(Http.Email.OutboxEndpoints.MaxShown, cancellationToken))
        {
            emails++;
        }
        var summaries = new List<ModelSummary>();
        foreach (var name in ModelNames.All)
        {
            summaries.Add(await SummaryAsync(name, cancellationToken));
        }
        return new StaffOperationsModel(
            emails, sendGrid.IsConfigured, QueueNames.All, await poison.ListAsync(cancellationToken), now.Year, now.Month,
            await rollups.ComputedAtAsync(ReportPeriod.OfMonth(now), cancellationToken),
            await rollups.ComputedAtAsync(ReportPeriod.OfYear(now.Year), cancellationToken),
            summaries);
    }

    private async Task<ModelSummary> SummaryAsync(string name, CancellationToken cancellationToken)
    {
        var versions = new List<string>();
        await foreach (var version in models.ListVersionsAsync(name, cancellationToken))
        {
            versions.Add(version);
        }
        var latest = new List<ModelVersionSummary>();
        foreach (var version in Enumerable.Reverse(versions).Take(VersionsShown))
        {
            latest.Add(new ModelVersionSummary(version, await models.GetMetricsAsync(name, version, cancellationToken)));
        }
        return new ModelSummary(name, (await models.GetCurrentAsync(name, cancellationToken))?.Current, latest, versions.Count);
    }

    /// <summary>What the form that sent the browser here did; the values are checked before they are shown.</summary>
    private static string? DoneMessage(HttpRequest request, string language)
    {
        var en = language == Domain.Localization.Language.English;
        switch (request.Query["done"].ToString())
        {
            case "replayed" when PoisonQueues.IsKnown(request.Query["queue"].ToString())
                && int.TryParse(request.Query["count"], NumberStyles.None, CultureInfo.InvariantCulture, out var count):
                var queue = Html.Encode(request.Query["queue"].ToString());
                return en ? $"{count} messages of {queue} were sent back to be handled again." : $"已將 {queue} 的 {count} 則訊息送回重新處理。";
            case "recomputed" when ReportPeriod.Parse(Part(request, 0), Part(request, 1), new ValidationErrors()) is { } period:
                var report = StaffLayout.Link(period.Month is { } m ? FormattableString.Invariant($"/reports/{period.Year}/{m}") : FormattableString.Invariant($"/reports/{period.Year}"), language);
                return en
                    ? $"The figures of {period} were recomputed. <a href=\"{Html.Attr(report)}\">Open the report</a>."
                    : $"已重新計算 {period} 的數據。<a href=\"{Html.Attr(report)}\">開啟報告</a>。";
            default:
                return null;
        }
    }

    private static string? Part(HttpRequest request, int index) => request.Query["period"].ToString().Split('-') is var parts && parts.Length > index ? parts[index] : null;
}
