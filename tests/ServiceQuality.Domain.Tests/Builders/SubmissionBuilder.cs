using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Domain.Tests.Builders;

/// <summary>Builds submissions to the counter survey: valid by default, changed one answer at a time.</summary>
public sealed class SubmissionBuilder
{
    private readonly Dictionary<string, AnswerInput> _answers = new()
    {
        ["waiting-time"] = Number(5),
        ["staff-attitude"] = Number(4),
        ["explanation"] = Number(4),
        ["overall"] = Number(5),
    };
    private string? _unit = "metrology";
    private string? _channel = "counter";
    private string? _language;

    public static AnswerInput Number(int value) => new(AnswerInputKind.Number, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static AnswerInput Text(string value) => new(AnswerInputKind.String, value);

    public SubmissionBuilder With(string questionId, AnswerInput answer)
    {
        _answers[questionId] = answer;
        return this;
    }

    public SubmissionBuilder With(string questionId, int score) => With(questionId, Number(score));

    public SubmissionBuilder With(string questionId, string text) => With(questionId, Text(text));

    public SubmissionBuilder Without(string questionId)
    {
        _answers.Remove(questionId);
        return this;
    }

    public SubmissionBuilder InUnit(string? unit)
    {
        _unit = unit;
        return this;
    }

    public SubmissionBuilder ByChannel(string? channel)
    {
        _channel = channel;
        return this;
    }

    public SubmissionBuilder InLanguage(string? language)
    {
        _language = language;
        return this;
    }

    public SurveySubmission Build() => new(new Dictionary<string, AnswerInput>(_answers), _unit, _channel, _language);
}
