namespace ServiceQuality.Domain.Organisation;

/// <summary>An organisation file that cannot be used; raised at start-up so a bad file never reaches citizens.</summary>
public sealed class OrganisationFileException(string message) : Exception(message);
