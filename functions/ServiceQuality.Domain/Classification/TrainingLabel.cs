namespace ServiceQuality.Domain.Classification;

/// <summary>A label a person gave a text, kept for retraining: who decided it and when.</summary>
public sealed record TrainingLabel(string Model, string Text, string Label, string Actor, DateTimeOffset At, string Source);
