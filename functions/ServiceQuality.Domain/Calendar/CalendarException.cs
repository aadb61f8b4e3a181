namespace ServiceQuality.Domain.Calendar;

/// <summary>A calendar file that is missing or wrong; raised at start-up so deadlines are never guessed.</summary>
public sealed class CalendarException(string message) : Exception(message);
