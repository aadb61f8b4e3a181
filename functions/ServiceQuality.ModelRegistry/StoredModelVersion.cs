namespace ServiceQuality.ModelRegistry;

/// <summary>Where a training run put its model and metrics; the paths include the container, as shown to people.</summary>
public sealed record StoredModelVersion(string Model, string Version, string ModelPath, string MetricsPath, Uri ModelUri, Uri MetricsUri);
