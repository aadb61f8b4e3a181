using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Validation;

/// <summary>One failing field, with a message in each language so both the API and the form can show it.</summary>
public sealed record ValidationError(string Field, LocalizedText Message);
