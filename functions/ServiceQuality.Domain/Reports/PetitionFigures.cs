namespace ServiceQuality.Domain.Reports;

/// <summary>
/// The cases (complaints and petitions) filed in a period, by the Taipei date of filing, and what became of them
/// by <see cref="PetitionsRollup.AsOf"/>.
/// </summary>
/// <param name="Due">Cases whose answer was due: replied, or past the due date without a reply. Cases still within
/// their time are left out of the on-time percentage, so a month just begun is not shown as late.</param>
/// <param name="AnsweredOnTime">Replied on or before the due date, by the Taipei calendar.</param>
/// <param name="AnsweredOnTimePercent">Answered on time over due, to one decimal.</param>
/// <param name="MedianWorkingDaysToReply">Working days from filing to reply (the filing day not counted), over replied cases.</param>
/// <param name="MedianCalendarDaysToReply">Calendar days from filing to reply, over replied cases.</param>
public sealed record PetitionFigures(
    int Received,
    int Replied,
    int Closed,
    int Due,
    int AnsweredOnTime,
    decimal? AnsweredOnTimePercent,
    decimal? MedianWorkingDaysToReply,
    decimal? MedianCalendarDaysToReply,
    IReadOnlyList<PetitionGroupFigures> Categories,
    IReadOnlyList<PetitionGroupFigures> Units,
    IReadOnlyList<PetitionGroupFigures> Channels);

/// <summary>The cases of one category, unit or channel.</summary>
public sealed record PetitionGroupFigures(string Key, int Received, int Replied, int Closed, int Due, int AnsweredOnTime, decimal? AnsweredOnTimePercent);

/// <summary>
/// The case figures of one period (a row of kind <see cref="RollupKinds.Petitions"/>); for a month also the year to
/// that month's end. <paramref name="AsOf"/> is the Taipei date the figures were taken: a case replied to later counts then.
/// </summary>
public sealed record PetitionsRollup(string Period, DateOnly AsOf, PetitionFigures Figures, PetitionFigures? YearToDate);
