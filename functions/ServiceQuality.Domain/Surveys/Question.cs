using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Surveys;

public sealed record Question(
    string Id,
    QuestionType Type,
    LocalizedText Text,
    bool Required,
    bool IsOverall,
    IReadOnlyList<ChoiceOption> Options,
    int MaxLength)
{
    public const int DefaultTextMaxLength = 1000;
}
