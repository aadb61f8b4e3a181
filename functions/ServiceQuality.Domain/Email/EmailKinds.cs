namespace ServiceQuality.Domain.Email;

/// <summary>The e-mails the programme sends; each is a template file under definitions/email/.</summary>
public static class EmailKinds
{
    public const string Acknowledgement = "acknowledgement";
    public const string Reply = "reply";
    public const string OverdueCitizen = "overdue-citizen";
    public const string OverdueUnit = "overdue-unit";
    public const string SurveyInvitation = "survey-invitation";

    // The monthly report summary to managers belongs to the report work: it will add its template here and
    // put an EmailMessage on IEmailQueue from the report timer. Nothing sends it yet.

    public static IReadOnlyList<string> All { get; } = [Acknowledgement, Reply, OverdueCitizen, OverdueUnit, SurveyInvitation];
}
