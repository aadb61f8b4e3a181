namespace ServiceQuality.ModelRegistry.Tests.Support;

internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "servicequality-models-" + Guid.NewGuid().ToString("N"))).FullName;

    public string Write(string relativePath, string content)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>A definitions folder whose training/{model}.csv holds the given examples.</summary>
    public string WriteSeed(string model, IEnumerable<ServiceQuality.Classification.LabelledText> examples) =>
        Write(System.IO.Path.Combine("training", model + ".csv"), TrainingData.ToCsv(examples));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
