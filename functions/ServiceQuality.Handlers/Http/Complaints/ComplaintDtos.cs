namespace ServiceQuality.Handlers.Http.Complaints;

/// <summary>What a citizen is told when a complaint is filed; the status page address is the only way back to the case.</summary>
public sealed record ComplaintAcceptedDto(string CaseNumber, DateOnly DueDate, string Status, string StatusUrl);
