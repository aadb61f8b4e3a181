namespace ServiceQuality.Integration.Tests.Deployment;

/// <summary>
/// How App Service Authentication applies <c>globalValidation.excludedPaths</c>: a path is let through anonymously
/// when it equals an entry, or when an entry ends in <c>/*</c> and the path lies below that prefix.
/// </summary>
public static class EasyAuthPaths
{
    public static bool IsExcluded(IEnumerable<string> excludedPaths, string path) =>
        excludedPaths.Any(entry => entry.EndsWith("/*", StringComparison.Ordinal)
            ? path.StartsWith(entry[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(entry, path, StringComparison.OrdinalIgnoreCase));
}
