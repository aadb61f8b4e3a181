namespace ServiceQuality.Handlers.Http.Complaints;

/// <summary>What a citizen is told when a complaint is filed.</summary>
public sealed record ComplaintAcceptedDto(string CaseNumber, DateOnly DueDate, string Status);
