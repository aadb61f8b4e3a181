namespace ServiceQuality.Domain.ResponseRates;

/// <summary>One counter of a month: a kind, for a survey, unit and channel ("" when not known). No personal data.</summary>
public sealed record RateCount(string Kind, string SurveyId, string Unit, string Channel, long Count);
