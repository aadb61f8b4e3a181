namespace ServiceQuality.ModelRegistry;

/// <summary>Bound from the "Models" configuration section.</summary>
public sealed class ModelsOptions
{
    public const string Section = "Models";

    /// <summary>
    /// How long a served model is trusted before current.json is read again. Short enough that a promotion
    /// reaches every instance within minutes, long enough that scoring rarely waits on storage.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Cross-validation folds of the training runs started by the app itself (default model, retraining).</summary>
    public int Folds { get; set; } = 5;
}
