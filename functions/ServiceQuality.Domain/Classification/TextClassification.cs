namespace ServiceQuality.Domain.Classification;

/// <summary>A model's label for a text and how confident it is, from 0 to 1.</summary>
public sealed record TextClassification(string Label, float Confidence);
