namespace ServiceQuality.Domain.Email;

/// <summary>The placeholders templates may use; a template naming another stops the host at start-up.</summary>
public static class EmailValues
{
    public const string AgencyName = "agencyName";
    public const string CaseNumber = "caseNumber";
    public const string Subject = "subject";
    public const string DueDate = "dueDate";
    public const string Reply = "reply";
    public const string UnitName = "unitName";
    public const string Link = "link";
    public const string ExpiresOn = "expiresOn";
    public const string DaysOverdue = "daysOverdue";
    public const string Period = "period";
    public const string SurveySummary = "surveySummary";
    public const string PetitionSummary = "petitionSummary";
    public const string EtiquetteSummary = "etiquetteSummary";

    public static IReadOnlyList<string> All { get; } = [AgencyName, CaseNumber, Subject, DueDate, Reply, UnitName, Link, ExpiresOn, DaysOverdue, Period, SurveySummary, PetitionSummary, EtiquetteSummary];
}
