using ServiceQuality.ModelRegistry;

namespace ServiceQuality.Handlers.Pages.Staff.Operations;

/// <summary>One model of the registry: the version serving predictions and the latest stored versions, newest first, with their metrics.</summary>
public sealed record ModelSummary(string Model, CurrentModel? Current, IReadOnlyList<ModelVersionSummary> Versions, int VersionCount);

/// <summary>A stored version and what its metrics.json says (null when it has none).</summary>
public sealed record ModelVersionSummary(string Version, ModelMetrics? Metrics);
