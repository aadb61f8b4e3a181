namespace ServiceQuality.Handlers.Http;

/// <summary>
/// The routes of the [HttpTrigger] attributes in ServiceQuality.Functions (the local host reads them from there),
/// and of links the handlers build. host.json's routePrefix is empty: the API lives under api/ and the citizen
/// pages at the site root.
/// </summary>
public static class Routes
{
    /// <summary>
    /// The site root. Azure Functions has no empty route: an optional parameter of length 0 is how a function answers "/".
    /// </summary>
    public const string Home = "{ignored:maxlength(0)?}";

    public const string Surveys = "api/surveys";
    public const string Survey = "api/surveys/{id}";
    public const string SurveyResponses = "api/surveys/{id}/responses";

    public const string Complaints = "api/complaints";
    public const string Cases = "api/cases";
    public const string Case = "api/cases/{caseNumber}";
    public const string CaseCategory = "api/cases/{caseNumber}/category";
    public const string CaseReply = "api/cases/{caseNumber}/reply";
    public const string CaseClose = "api/cases/{caseNumber}/close";
    public const string Leads = "api/leads";
    public const string Lead = "api/leads/{id}";
    public const string LeadMerge = "api/leads/{id}/merge";
    public const string LeadSplit = "api/leads/{id}/split";
    public const string PoisonMessages = "api/poison";
    public const string PoisonReplay = "api/poison/{queue}/replay";
    public const string Outbox = "api/outbox";
    public const string OutboxPage = "outbox";
    public const string StaffComments = "staff/comments";
    public const string StaffHome = "staff";
    public const string StaffEtiquette = "staff/etiquette";
    public const string StaffLeads = "staff/leads";
    public const string StaffLead = "staff/leads/{id}";
    public const string StaffLeadMerge = "staff/leads/{id}/merge";
    public const string StaffLeadSplit = "staff/leads/{id}/split";
    public const string StaffOperations = "staff/operations";
    public const string StaffPoisonReplay = "staff/operations/poison/{queue}/replay";
    public const string StaffRollups = "staff/operations/rollups";
    /// <summary>The development sign-in (local host and Core Tools only; 404 elsewhere).</summary>
    public const string StaffSignIn = "staff/sign-in";
    public const string StaffSignOut = "staff/sign-out";
    public const string StaffCases = "staff/cases";
    public const string StaffCase = "staff/cases/{caseNumber}";
    public const string AuditTrail = "api/audit";

    public const string EtiquetteTests = "api/etiquette-tests";
    public const string EtiquetteCoverage = "api/etiquette-tests/coverage";
    public const string EtiquetteFigures = "api/etiquette-tests/figures";
    public const string EtiquetteTestForm = "etiquette-tests/new";
    public const string EtiquetteTestRecorded = "etiquette-tests/{month}/{id}";

    public const string RollupsYear = "api/rollups/{year}";
    public const string RollupsMonth = "api/rollups/{year}/{month}";
    public const string ReportYear = "api/reports/{year}";
    public const string ReportMonth = "api/reports/{year}/{month}";
    public const string ReportYearPage = "reports/{year}";
    public const string ReportMonthPage = "reports/{year}/{month}";
    public const string OpenDataResponses = "api/open-data/{year}/{month}/responses";

    public const string SurveyTokens = "api/survey-tokens";
    public const string SurveyTokenQrSvg = "api/survey-tokens/{token}/qr.svg";
    public const string SurveyTokenQrPng = "api/survey-tokens/{token}/qr.png";
    /// <summary>The short link a receipt's QR code carries; see SurveyTokenService.ShortLink.</summary>
    public const string SurveyShortLink = "t/{tokenId}";
    public const string ResponseRates = "api/response-rates/{year}/{month}";

    public const string Kiosks = "api/kiosks";
    public const string KioskRevoke = "api/kiosks/{deviceId}/revoke";
    public const string SurveyPublication = "api/survey-publication/{id}";
    public const string Quarantine = "api/quarantine";
    public const string QuarantineDecision = "api/quarantine/{surveyId}/{month}";
    public const string QuarantinePage = "quarantine";

    public const string SurveyForm = "surveys/{id}";
    public const string ComplaintForm = "complaints";
    public const string ComplaintStatus = "complaints/status";
    public const string ComplaintConfirm = "complaints/confirm";
    public const string SurveyThanks = "surveys/{id}/thanks";
    public const string Asset = "assets/{name}";

    /// <summary>Any other address; routing gives a catch-all the lowest precedence, so every route above wins.</summary>
    public const string CatchAll = "{*path}";
}
