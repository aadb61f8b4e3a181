namespace ServiceQuality.Domain.Cases;

/// <summary>Queue message: a new case waits for classification and routing.</summary>
public sealed record CaseToClassify(string CaseNumber);
