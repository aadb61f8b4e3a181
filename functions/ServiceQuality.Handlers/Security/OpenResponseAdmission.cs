using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Handlers.Security;

/// <summary>Whether an open response may be stored: with its origin, or refused over budget or for a kiosk credential that is not valid.</summary>
public sealed record OpenResponseAdmission(ResponseOrigin? Origin, TimeSpan? RetryAfter, bool KioskRefused)
{
    public bool Admitted => Origin is not null;
}
