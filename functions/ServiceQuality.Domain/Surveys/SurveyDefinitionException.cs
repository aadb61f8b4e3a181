namespace ServiceQuality.Domain.Surveys;

/// <summary>A survey definition file that cannot be served; raised at start-up so a bad file never reaches citizens.</summary>
public sealed class SurveyDefinitionException(string message) : Exception(message);
