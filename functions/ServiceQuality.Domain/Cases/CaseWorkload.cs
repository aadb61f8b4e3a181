namespace ServiceQuality.Domain.Cases;

/// <summary>What waits for staff among the open cases: those needing a category, those past their due date and those due today.</summary>
public sealed record CaseWorkload(int NeedsReview, int Overdue, int DueToday);
