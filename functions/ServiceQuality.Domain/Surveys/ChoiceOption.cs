using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Surveys;

public sealed record ChoiceOption(string Value, LocalizedText Text);
