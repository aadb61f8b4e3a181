namespace ServiceQuality.Domain.Email;

/// <summary>The e-mails the programme sends; each is a template file under definitions/email/.</summary>
public static class EmailKinds
{
    public const string Acknowledgement = "acknowledgement";
    public const string Reply = "reply";
    /// <summary>Tells an address not yet confirmed that a reply is waiting on the status page, without quoting it.</summary>
    public const string ReplyNotice = "reply-notice";
    public const string OverdueCitizen = "overdue-citizen";
    public const string OverdueUnit = "overdue-unit";
    public const string SurveyInvitation = "survey-invitation";
    public const string MonthlyReport = "monthly-report";

    public static IReadOnlyList<string> All { get; } = [Acknowledgement, Reply, ReplyNotice, OverdueCitizen, OverdueUnit, SurveyInvitation, MonthlyReport];
}
