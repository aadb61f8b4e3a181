namespace ServiceQuality.Handlers.Http.SurveyTokens;

/// <summary>A minted token: the token itself, the survey link to print or show, and the QR images of that link.</summary>
public sealed record SurveyTokenCreatedDto(string Token, string Survey, string Unit, string Channel, DateTimeOffset ExpiresAt, SurveyTokenLinksDto Links);

/// <summary><paramref name="Short"/> is what the QR codes encode: a short address resolved to <paramref name="Survey"/>.</summary>
public sealed record SurveyTokenLinksDto(string Survey, string Short, string QrSvg, string QrPng);
