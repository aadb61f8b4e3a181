namespace ServiceQuality.Classification;

/// <summary>One training or evaluation example: a free-text comment and its category.</summary>
public sealed record LabelledText(string Text, string Label);
