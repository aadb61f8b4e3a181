namespace ServiceQuality.Classification.Engine;

/// <summary>Input of the saved model: the raw text, as a prediction engine is given it.</summary>
public sealed class TextRow
{
    public string Text { get; set; } = string.Empty;
}
