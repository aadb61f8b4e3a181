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

    public static IReadOnlyList<string> All { get; } = [SurveyResponses, SurveyComments, Idempotency, Cases, CaseContacts, TrainingLabels, EtiquetteTests, EtiquetteCoverage, EmailOutbox, SurveyInvitations, Rollups];
}
