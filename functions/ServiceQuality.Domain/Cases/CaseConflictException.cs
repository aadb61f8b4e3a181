namespace ServiceQuality.Domain.Cases;

/// <summary>The case changed since it was read.</summary>
public sealed class CaseConflictException(CaseNumber number) : Exception($"Case {number} was changed by someone else.");
