using ServiceQuality.Domain.Privacy;

namespace ServiceQuality.Domain.Cases;

/// <summary>
/// Deletes the contact details of cases closed longer ago than the retention period and records the
/// deletion in each case's history. Safe to run twice: the history entry is written before the delete, and
/// a case whose contact details are already gone is left alone.
/// </summary>
public sealed class ContactPurgeService(ICaseStore cases, ICaseContactStore contacts, PrivacyOptions options, TimeProvider time)
{
    public const string PurgedEvent = "contacts-purged";
    public const string Actor = "system (retention)";

    public async Task<IReadOnlyList<CaseNumber>> PurgeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = now.AddDays(-options.ContactRetentionDays);
        var thisYear = Time.TaipeiTime.DateOf(now).Year;
        var purged = new List<CaseNumber>();
        for (var year = thisYear - Math.Max(0, options.YearsToScan - 1); year <= thisYear; year++)
        {
            var due = new List<Case>();
            await foreach (var c in cases.ListYearAsync(year, cancellationToken))
            {
                if (c.Status == CaseStatus.Closed && c.ClosedAt is { } closed && closed <= cutoff)
                {
                    due.Add(c);
                }
            }
            foreach (var c in due)
            {
                if (await PurgeAsync(c.Number, now, cancellationToken))
                {
                    purged.Add(c.Number);
                }
            }
        }
        return purged;
    }

    private async Task<bool> PurgeAsync(CaseNumber number, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await contacts.FindAsync(number, cancellationToken) is null)
        {
            return false;
        }
        for (var attempt = 0; ; attempt++)
        {
            var found = await cases.FindAsync(number, cancellationToken);
            if (found is null || found.Case.History.Any(e => e.Kind == PurgedEvent))
            {
                break;
            }
            try
            {
                var days = options.ContactRetentionDays;
                await cases.ReplaceAsync(found.Case.With(new CaseEvent(now, Actor, PurgedEvent, $"contact details deleted {days} days after closing")), found.Version, cancellationToken);
                break;
            }
            catch (CaseConflictException) when (attempt < 3)
            {
            }
        }
        await contacts.DeleteAsync(number, cancellationToken);
        return true;
    }
}
