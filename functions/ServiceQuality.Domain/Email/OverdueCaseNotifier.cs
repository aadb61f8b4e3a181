using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Email;

/// <summary>
/// Finds the cases past their due date without a reply and tells the citizen and the unit, once: the notice
/// is recorded in the case's history, and a case with that entry is skipped on every later run.
/// </summary>
public sealed class OverdueCaseNotifier(ICaseStore cases, CaseEmails emails, TimeProvider time)
{
    public const string Actor = "overdue-timer";

    /// <summary>The numbers of the cases notified on this run.</summary>
    public async Task<IReadOnlyList<CaseNumber>> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var year = TaipeiTime.DateOf(now).Year;
        var notified = new List<CaseNumber>();
        // A case filed in late December falls due in January: last year's cases are looked at as well.
        foreach (var y in new[] { year - 1, year })
        {
            var due = new List<CaseNumber>();
            await foreach (var c in cases.ListYearAsync(y, cancellationToken))
            {
                if (c.IsOverdue(now) && !c.History.Any(e => e.Kind == CaseEmails.OverdueNotified))
                {
                    due.Add(c.Number);
                }
            }
            foreach (var number in due)
            {
                if (await NotifyAsync(number, now, cancellationToken))
                {
                    notified.Add(number);
                }
            }
        }
        return notified;
    }

    private async Task<bool> NotifyAsync(CaseNumber number, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Queued before it is recorded: a failure in between sends the notice again next run (with the same
        // message id), never not at all.
        for (var attempt = 0; ; attempt++)
        {
            if (await cases.FindAsync(number, cancellationToken) is not { } found
                || !found.Case.IsOverdue(now) || found.Case.History.Any(e => e.Kind == CaseEmails.OverdueNotified))
            {
                return false;
            }
            var told = await emails.OverdueAsync(found.Case, cancellationToken);
            try
            {
                await cases.ReplaceAsync(found.Case.With(new CaseEvent(now, Actor, CaseEmails.OverdueNotified, told ? null : "no address")), found.Version, cancellationToken);
                return told;
            }
            catch (CaseConflictException) when (attempt < 3)
            {
                // Staff changed the case meanwhile: read it again.
            }
        }
    }
}
