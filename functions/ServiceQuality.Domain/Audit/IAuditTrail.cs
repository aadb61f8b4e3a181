namespace ServiceQuality.Domain.Audit;

/// <summary>Where staff actions are kept; entries are only ever added, never changed.</summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The entries of one Asia/Taipei month, newest first.</summary>
    IAsyncEnumerable<AuditEntry> ListMonthAsync(Time.MonthKey month, CancellationToken cancellationToken);
}
