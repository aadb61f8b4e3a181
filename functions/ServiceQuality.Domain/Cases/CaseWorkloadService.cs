using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Cases;

/// <summary>
/// Counts the open cases that need someone now, for the staff home. Cases filed in the previous year are read too:
/// a petition filed in late December is due in January.
/// </summary>
public sealed class CaseWorkloadService(ICaseStore cases, TimeProvider time)
{
    /// <param name="unitId">Only this unit's cases (a unit user); null for every unit.</param>
    public async Task<CaseWorkload> CountAsync(string? unitId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = TaipeiTime.DateOf(now);
        var (review, overdue, dueToday) = (0, 0, 0);
        foreach (var year in new[] { today.Year - 1, today.Year })
        {
            await foreach (var c in cases.ListYearAsync(year, cancellationToken))
            {
                if (!CaseStatus.IsOpen(c.Status) || (unitId is not null && c.UnitId != unitId))
                {
                    continue;
                }
                if (c.Status == CaseStatus.NeedsReview)
                {
                    review++;
                }
                if (c.IsOverdue(now))
                {
                    overdue++;
                }
                else if (c.RepliedAt is null && c.DueDate == today)
                {
                    dueToday++;
                }
            }
        }
        return new CaseWorkload(review, overdue, dueToday);
    }
}
