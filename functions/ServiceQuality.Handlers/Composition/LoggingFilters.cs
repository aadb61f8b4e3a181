using Microsoft.Extensions.Logging;

namespace ServiceQuality.Handlers.Composition;

/// <summary>The log filters both hosts apply to their own logging, in code so no settings file can forget them.</summary>
public static class LoggingFilters
{
    /// <summary>
    /// The Azure SDK logs every storage request and response at Information (categories Azure.Core,
    /// Azure.Storage.*, forwarded by Microsoft.Extensions.Azure). In the isolated worker these reach the
    /// Functions host as the function's own logs, which host.json's "Azure.Core" level does not filter: one
    /// report page view logged about a thousand lines. Only warnings and errors are kept.
    /// </summary>
    public const string AzureSdkCategory = "Azure";

    public static ILoggingBuilder AddServiceQualityFilters(this ILoggingBuilder logging) =>
        logging.AddFilter(AzureSdkCategory, LogLevel.Warning);
}
