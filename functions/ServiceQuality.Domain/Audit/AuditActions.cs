namespace ServiceQuality.Domain.Audit;

/// <summary>The staff actions the audit trail records.</summary>
public static class AuditActions
{
    public const string CategoryChanged = "category-changed";
    public const string Replied = "replied";
    public const string Closed = "closed";
    public const string ViewedContacts = "viewed-contacts";
    public const string ExportedCases = "exported-cases";
    public const string ReadAuditTrail = "read-audit-trail";
    public const string PublicationChanged = "publication-changed";
    public const string QuarantineReleased = "quarantine-released";
    public const string QuarantineDiscarded = "quarantine-discarded";
    public const string LeadMerged = "lead-merged";
    public const string LeadSplit = "lead-split";
    public const string PoisonReplayed = "poison-replayed";
    public const string RollupRecomputed = "rollup-recomputed";
}
