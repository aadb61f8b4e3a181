namespace ServiceQuality.Domain.Surveys;

/// <summary>
/// Where a submission came from, as the HTTP layer saw it: the route (<see cref="ResponseSources"/>) and, for an open
/// response, the keyed hash of the client address or the kiosk device, which the quarantine groups bursts by.
/// </summary>
public sealed record ResponseOrigin(string Source, string? ClientKey)
{
    public static ResponseOrigin Api { get; } = new(ResponseSources.Api, null);

    public static ResponseOrigin Form { get; } = new(ResponseSources.Form, null);
}
