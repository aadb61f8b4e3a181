namespace ServiceQuality.DevHosting;

public static class RepositoryPaths
{
    /// <summary>The repository root: the folder holding ServiceQuality.Functions.sln, found from the binaries upwards.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The team's shared data folder beside the repository.</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ServiceQuality.Functions.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No ServiceQuality.Functions.sln above {AppContext.BaseDirectory}.");
    }
}
