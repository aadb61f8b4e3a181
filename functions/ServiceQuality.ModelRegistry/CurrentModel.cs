namespace ServiceQuality.ModelRegistry;

/// <summary>The content of {model}/current.json: which version serves predictions and why it was promoted.</summary>
public sealed record CurrentModel(string Model, string Version, double MacroF1, DateTimeOffset PromotedAt, string Reason);
