namespace ServiceQuality.Classification.Engine;

/// <summary>A training row: the text and its label.</summary>
internal sealed class LabelledTextRow
{
    public string Text { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;
}
