using System.Globalization;

namespace ServiceQuality.ModelRegistry;

/// <summary>
/// Version names are UTC timestamps to the second, so listing a model's versions by name lists them in
/// training order. Runs within the same second get a two-digit suffix, which still sorts after the plain name.
/// </summary>
public static class ModelVersions
{
    public const string TimestampFormat = "yyyyMMdd'T'HHmmss'Z'";

    public static string From(DateTimeOffset trainedAt, int attempt = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(attempt);
        var stamp = trainedAt.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);
        return attempt == 0 ? stamp : string.Create(CultureInfo.InvariantCulture, $"{stamp}-{attempt:00}");
    }
}
