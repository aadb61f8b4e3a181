namespace ServiceQuality.Storage;

public static class TableNames
{
    public const string SurveyResponses = "SurveyResponses";
    public const string SurveyComments = "SurveyComments";
    public const string Idempotency = "Idempotency";
    public const string Cases = "Cases";
    public const string CaseContacts = "CaseContacts";
    public const string TrainingLabels = "TrainingLabels";
    public const string EtiquetteTests = "EtiquetteTests";
    public const string EtiquetteCoverage = "EtiquetteCoverage";
    public const string EmailOutbox = "EmailOutbox";
    public const string SurveyInvitations = "SurveyInvitations";
    public const string Rollups = "Rollups";
    public const string AuditTrail = "AuditTrail";
    public const string SellerLeads = "SellerLeads";
    public const string SurveyTokenLinks = "SurveyTokenLinks";
    public const string ResponseRateCounters = "ResponseRateCounters";
    public const string EmailRecipients = "EmailRecipients";
    public const string SurveySettings = "SurveySettings";
    public const string KioskDevices = "KioskDevices";

    public static IReadOnlyList<string> All { get; } = [SurveyResponses, SurveyComments, Idempotency, Cases, CaseContacts, TrainingLabels, EtiquetteTests, EtiquetteCoverage, EmailOutbox, SurveyInvitations, Rollups, SellerLeads, AuditTrail, SurveyTokenLinks, ResponseRateCounters, EmailRecipients, SurveySettings, KioskDevices];
}
