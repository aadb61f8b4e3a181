namespace ServiceQuality.Classification.Tests;

/// <summary>Finds shared data sets, which live next to the repository rather than inside it.</summary>
internal static class RepositoryData
{
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ServiceQuality.Functions.sln")) ||
                Directory.Exists(Path.Combine(directory.FullName, ".git")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Could not find the repository root (ServiceQuality.Functions.sln or .git) above {AppContext.BaseDirectory}.");
    }

    public static string SharedFile(params string[] relativeToSharedData) =>
        Path.GetFullPath(Path.Combine([RepositoryRoot(), "..", "shared", "data", .. relativeToSharedData]));
}
