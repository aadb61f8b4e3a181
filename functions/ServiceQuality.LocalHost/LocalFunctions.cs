using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Comments;
using ServiceQuality.Domain.Email;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Audit;
using ServiceQuality.Handlers.Http.Cases;
using ServiceQuality.Handlers.Http.Complaints;
using ServiceQuality.Handlers.Http.Leads;
using ServiceQuality.Handlers.Http.Email;
using ServiceQuality.Handlers.Http.Etiquette;
using ServiceQuality.Handlers.Http.Operations;
using ServiceQuality.Handlers.Http.Reports;
using ServiceQuality.Handlers.Http.Surveys;
using ServiceQuality.Handlers.Http.SurveyTokens;
using ServiceQuality.Handlers.Timers;
using ServiceQuality.LocalHost.Queues;
using ServiceQuality.LocalHost.Timers;
using ServiceQuality.Storage;

namespace ServiceQuality.LocalHost;

/// <summary>
/// The local twin of every function in ServiceQuality.Functions: same names, routes, queues and schedules,
/// same handlers. A test compares this table with the Functions source so that the two cannot drift apart.
/// </summary>
public static class LocalFunctions
{
    /// <summary>Marks an endpoint that is AuthorizationLevel.Function in the Functions app.</summary>
    public sealed class StaffOnly
    {
        public static StaffOnly Instance { get; } = new();
    }

    public static void MapHttp(IEndpointRouteBuilder app, string routePrefix)
    {
        var root = app.MapGroup(routePrefix.Length == 0 ? "" : "/" + routePrefix);

        root.MapGet(Routes.Surveys, (ListSurveysEndpoint e) => e.Handle()).WithName("ListSurveys");
        root.MapGet(Routes.Survey, (string id, GetSurveyEndpoint e) => e.Handle(id)).WithName("GetSurvey");
        root.MapPost(Routes.SurveyResponses, (HttpRequest request, string id, PostSurveyResponseEndpoint e, CancellationToken ct) => e.HandleAsync(request, id, ct))
            .WithName("PostSurveyResponse");

        root.MapPost(Routes.Complaints, (HttpRequest request, PostComplaintEndpoint e, CancellationToken ct) => e.HandleAsync(request, ct)).WithName("PostComplaint");
        root.MapGet(Routes.ComplaintForm, (HttpRequest request, ComplaintFormEndpoint e) => e.Get(request)).WithName("GetComplaintForm");
        root.MapPost(Routes.ComplaintForm, (HttpRequest request, ComplaintFormEndpoint e, CancellationToken ct) => e.PostAsync(request, ct)).WithName("PostComplaintForm");
        root.MapGet(Routes.ComplaintStatus, (HttpRequest request, ComplaintStatusEndpoint e, CancellationToken ct) => e.GetAsync(request, ct)).WithName("GetComplaintStatus");
        root.MapPost(Routes.ComplaintConfirm, (HttpRequest request, ComplaintStatusEndpoint e, CancellationToken ct) => e.ConfirmAsync(request, ct)).WithName("ConfirmComplaintEmail");
        root.MapGet(Routes.SurveyShortLink, (HttpRequest request, string tokenId, SurveyTokenEndpoints e, CancellationToken ct) => e.ResolveShortLinkAsync(request, tokenId, ct)).WithName("ResolveSurveyShortLink");

        var staff = root.MapGroup("").AddEndpointFilter<StaffKeyFilter>().WithMetadata(StaffOnly.Instance);
        staff.MapGet(Routes.Cases, (HttpRequest request, CaseEndpoints e, CancellationToken ct) => e.ListAsync(request, ct)).WithName("ListCases");
        staff.MapGet(Routes.Case, (HttpRequest request, string caseNumber, CaseEndpoints e, CancellationToken ct) => e.GetAsync(request, caseNumber, ct)).WithName("GetCase");
        staff.MapGet(Routes.AuditTrail, (HttpRequest request, AuditEndpoints e, CancellationToken ct) => e.ListAsync(request, ct)).WithName("ListAuditTrail");
        staff.MapPost(Routes.CaseCategory, (HttpRequest request, string caseNumber, CaseEndpoints e, CancellationToken ct) => e.CorrectCategoryAsync(request, caseNumber, ct))
            .WithName("CorrectCaseCategory");
        staff.MapPost(Routes.CaseReply, (HttpRequest request, string caseNumber, CaseEndpoints e, CancellationToken ct) => e.ReplyAsync(request, caseNumber, ct))
            .WithName("ReplyToCase");
        staff.MapPost(Routes.CaseClose, (HttpRequest request, string caseNumber, CaseEndpoints e, CancellationToken ct) => e.CloseAsync(request, caseNumber, ct))
            .WithName("CloseCase");
        staff.MapGet(Routes.Leads, (LeadEndpoints e, CancellationToken ct) => e.ListAsync(ct)).WithName("ListSellerLeads");
        staff.MapGet(Routes.Lead, (string id, LeadEndpoints e, CancellationToken ct) => e.GetAsync(id, ct)).WithName("GetSellerLead");
        staff.MapPost(Routes.LeadMerge, (HttpRequest request, string id, LeadEndpoints e, CancellationToken ct) => e.MergeAsync(request, id, ct)).WithName("MergeSellerLeads");
        staff.MapPost(Routes.LeadSplit, (HttpRequest request, string id, LeadEndpoints e, CancellationToken ct) => e.SplitAsync(request, id, ct)).WithName("SplitSellerLead");
        staff.MapGet(Routes.PoisonMessages, (PoisonEndpoints e, CancellationToken ct) => e.ListAsync(ct)).WithName("ListPoisonMessages");
        staff.MapPost(Routes.PoisonReplay, (string queue, PoisonEndpoints e, CancellationToken ct) => e.ReplayAsync(queue, ct)).WithName("ReplayPoisonMessages");
        staff.MapGet(Routes.Outbox, (OutboxEndpoints e, CancellationToken ct) => e.ListAsync(ct)).WithName("ListOutbox");
        staff.MapGet(Routes.OutboxPage, (HttpRequest request, OutboxEndpoints e, CancellationToken ct) => e.PageAsync(request, ct)).WithName("GetOutboxPage");
        staff.MapPost(Routes.EtiquetteTests, (HttpRequest request, EtiquetteTestEndpoints e, CancellationToken ct) => e.PostAsync(request, ct)).WithName("PostEtiquetteTest");
        staff.MapGet(Routes.EtiquetteTests, (HttpRequest request, EtiquetteTestEndpoints e, CancellationToken ct) => e.ListAsync(request, ct)).WithName("ListEtiquetteTests");
        staff.MapGet(Routes.EtiquetteCoverage, (HttpRequest request, EtiquetteReportEndpoints e, CancellationToken ct) => e.CoverageAsync(request, ct))
            .WithName("GetEtiquetteCoverage");
        staff.MapGet(Routes.EtiquetteFigures, (HttpRequest request, EtiquetteReportEndpoints e, CancellationToken ct) => e.FiguresAsync(request, ct))
            .WithName("GetEtiquetteFigures");
        staff.MapGet(Routes.EtiquetteTestForm, (HttpRequest request, EtiquetteTestFormEndpoint e) => e.Get(request)).WithName("GetEtiquetteTestForm");
        staff.MapPost(Routes.EtiquetteTestForm, (HttpRequest request, EtiquetteTestFormEndpoint e, CancellationToken ct) => e.PostAsync(request, ct))
            .WithName("PostEtiquetteTestForm");
        staff.MapGet(Routes.EtiquetteTestRecorded, (HttpRequest request, string month, string id, EtiquetteTestFormEndpoint e, CancellationToken ct) => e.RecordedAsync(request, month, id, ct))
            .WithName("GetEtiquetteTestRecorded");
        staff.MapPost(Routes.RollupsYear, (HttpRequest request, string year, RollupEndpoints e, CancellationToken ct) => e.RecomputeAsync(request, year, null, ct))
            .WithName("RecomputeYearRollups");
        staff.MapPost(Routes.RollupsMonth, (HttpRequest request, string year, string month, RollupEndpoints e, CancellationToken ct) => e.RecomputeAsync(request, year, month, ct))
            .WithName("RecomputeMonthRollups");
        staff.MapPost(Routes.SurveyTokens, (HttpRequest request, SurveyTokenEndpoints e, CancellationToken ct) => e.MintAsync(request, ct)).WithName("MintSurveyToken");
        staff.MapGet(Routes.SurveyTokenQrSvg, (string token, SurveyTokenEndpoints e, CancellationToken ct) => e.QrSvgAsync(token, ct)).WithName("GetSurveyTokenQrSvg");
        staff.MapGet(Routes.SurveyTokenQrPng, (string token, SurveyTokenEndpoints e, CancellationToken ct) => e.QrPngAsync(token, ct)).WithName("GetSurveyTokenQrPng");
        staff.MapGet(Routes.ResponseRates, (HttpRequest request, string year, string month, ResponseRateEndpoints e, CancellationToken ct) => e.GetAsync(request, year, month, ct))
            .WithName("GetResponseRates");

        root.MapGet(Routes.ReportYear, (HttpRequest request, string year, ReportEndpoints e, CancellationToken ct) => e.GetAsync(request, year, null, ct)).WithName("GetYearReport");
        root.MapGet(Routes.ReportMonth, (HttpRequest request, string year, string month, ReportEndpoints e, CancellationToken ct) => e.GetAsync(request, year, month, ct))
            .WithName("GetMonthReport");
        root.MapGet(Routes.ReportYearPage, (HttpRequest request, string year, ReportEndpoints e, CancellationToken ct) => e.PageAsync(request, year, null, ct))
            .WithName("GetYearReportPage");
        root.MapGet(Routes.ReportMonthPage, (HttpRequest request, string year, string month, ReportEndpoints e, CancellationToken ct) => e.PageAsync(request, year, month, ct))
            .WithName("GetMonthReportPage");
        root.MapGet(Routes.OpenDataResponses, (HttpRequest request, string year, string month, OpenDataEndpoints e, CancellationToken ct) => e.ResponsesAsync(request, year, month, ct))
            .WithName("GetOpenDataResponses");

        root.MapGet(Routes.SurveyForm, (HttpRequest request, string id, SurveyFormEndpoint e, CancellationToken ct) => e.GetAsync(request, id, ct)).WithName("GetSurveyForm");
        root.MapPost(Routes.SurveyForm, (HttpRequest request, string id, SurveyFormEndpoint e, CancellationToken ct) => e.PostAsync(request, id, ct))
            .WithName("PostSurveyForm");
        root.MapGet(Routes.SurveyThanks, (HttpRequest request, string id, SurveyFormEndpoint e) => e.Thanks(request, id)).WithName("GetSurveyThanks");
        root.MapGet(Routes.Asset, (HttpRequest request, string name, AssetsEndpoint e) => e.Get(request, name)).WithName("GetAsset");
    }

    public static IReadOnlyList<QueueBinding> Queues { get; } =
    [
        new("ClassifyComment", QueueNames.CommentsToClassify,
            (services, message, ct) => services.GetRequiredService<CommentIntakeHandler>().HandleAsync(QueueListener.Deserialize<CommentToClassify>(message), ct)),
        new("ClassifyCase", QueueNames.CasesToClassify,
            (services, message, ct) => services.GetRequiredService<CaseClassificationHandler>().HandleAsync(QueueListener.Deserialize<CaseToClassify>(message), ct)),
        new("SendEmail", QueueNames.EmailOutbox,
            (services, message, ct) => services.GetRequiredService<EmailDeliveryHandler>().HandleAsync(QueueListener.Deserialize<EmailMessage>(message), ct)),
    ];

    public static IReadOnlyList<TimerBinding> Timers { get; } =
    [
        new("CheckEtiquetteCoverage", Schedules.EtiquetteCoverage,
            (services, ct) => services.GetRequiredService<EtiquetteCoverageTimer>().RunAsync(ct)),
        new("NotifyOverdueCases", Schedules.OverdueCases,
            (services, ct) => services.GetRequiredService<OverdueCaseTimer>().RunAsync(ct)),
        new("PurgeCaseContacts", Schedules.ContactPurge,
            (services, ct) => services.GetRequiredService<ContactPurgeTimer>().RunAsync(ct)),
        new("SendMonthlyReport", Schedules.MonthlyReport,
            (services, ct) => services.GetRequiredService<MonthlyReportTimer>().RunAsync(ct)),
        new("RetrainModels", Schedules.ModelRetraining,
            (services, ct) => services.GetRequiredService<ModelRetrainingTimer>().RunAsync(ct)),
        new("RollUpReports", Schedules.Rollups,
            (services, ct) => services.GetRequiredService<RollupTimer>().RunAsync(ct)),
        new("PurgeSurveyTokens", Schedules.SurveyTokenPurge,
            (services, ct) => services.GetRequiredService<SurveyTokenPurgeTimer>().RunAsync(ct)),
    ];
}
