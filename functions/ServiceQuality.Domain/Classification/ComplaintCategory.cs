using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Classification;

/// <summary>A kind of complaint, the unit that answers it and how urgent it is before reading its text.</summary>
public sealed record ComplaintCategory(string Id, LocalizedText Name, string UnitId, int BasePriority);
