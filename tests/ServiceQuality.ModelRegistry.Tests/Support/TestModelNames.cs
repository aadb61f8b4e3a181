namespace ServiceQuality.ModelRegistry.Tests.Support;

internal static class TestModelNames
{
    /// <summary>A fresh kebab-case model name, so tests sharing one storage account never see each other's models.</summary>
    public static string New(string purpose) => $"{purpose}-{Guid.NewGuid():N}"[..(purpose.Length + 13)];
}
