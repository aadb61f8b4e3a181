using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Etiquette;

/// <summary>One thing the tester listens for, scored from 0 to <paramref name="MaxPoints"/>.</summary>
public sealed record RubricItem(string Id, LocalizedText Name, int MaxPoints);
