namespace ServiceQuality.ModelRegistry;

/// <summary>
/// Where the seed training data is read from. Bound from the same "Definitions" section as the other data
/// files, so one setting moves all of them; beside the binaries unless configured.
/// </summary>
public sealed class SeedDataOptions
{
    public const string Section = "Definitions";

    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "definitions");

    public string TrainingPath => System.IO.Path.Combine(Path, "training");
}
