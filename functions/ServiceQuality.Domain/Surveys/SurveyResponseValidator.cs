using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Domain.Surveys;

/// <summary>Checks a submission against its survey definition and the organisation's units.</summary>
public sealed class SurveyResponseValidator(AgencyOrganisation organisation, Labels? labels = null)
{
    public const int MaxChannelLength = 32;

    /// <summary>The validated answers, or the errors naming each failing field.</summary>
    public (IReadOnlyDictionary<string, string>? Answers, ValidationErrors Errors) Validate(SurveyDefinition survey, SurveySubmission submission)
    {
        var errors = new ValidationErrors();
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var id in submission.Answers.Keys.Where(k => survey.FindQuestion(k) is null).Order(StringComparer.Ordinal))
        {
            errors.Add($"answers.{Truncate(id)}", "此題目不存在於本問卷。", "There is no question with this id in the survey.");
        }

        foreach (var question in survey.Questions)
        {
            var field = $"answers.{question.Id}";
            submission.Answers.TryGetValue(question.Id, out var input);
            if (input is null || input.Kind == AnswerInputKind.Null || (input.Kind == AnswerInputKind.String && string.IsNullOrWhiteSpace(input.Raw)))
            {
                if (question.Required)
                {
                    errors.Add(field, "此題為必答題。", "This question requires an answer.");
                }
                continue;
            }
            var value = question.Type switch
            {
                QuestionType.Likert => CheckLikert(input, field, errors),
                QuestionType.Choice => CheckChoice(question, input, field, errors),
                _ => CheckText(question, input, field, errors),
            };
            if (value is not null)
            {
                answers[question.Id] = value;
            }
        }

        if (submission.UnitId is { } unit && !organisation.UnitsFor(survey).Any(u => u.Id == unit))
        {
            errors.Add("unit", "查無此服務單位。", "There is no unit with this id.");
        }
        if (submission.Channel is { } channel && !survey.Channels.Contains(channel))
        {
            // Named for the reader in Chinese; the codes the API takes are listed in the English message.
            var names = (labels ?? Labels.None).ChannelList(survey.Channels);
            errors.Add("channel", $"填答管道須為{names["zh-TW"]}之一。", $"The channel must be one of: {string.Join(", ", survey.Channels)} ({names["en"]}).");
        }
        if (submission.Language is { } language && !Language.IsSupported(language))
        {
            errors.Add("language", "語言須為 zh-TW 或 en。", "The language must be zh-TW or en.");
        }
        return (errors.IsEmpty ? answers : null, errors);
    }

    private static string? CheckLikert(AnswerInput input, string field, ValidationErrors errors)
    {
        var raw = input.Raw?.Trim();
        if (input.Kind == AnswerInputKind.String && string.Equals(raw, LikertScale.NotApplicable, StringComparison.OrdinalIgnoreCase))
        {
            return LikertScale.NotApplicable;
        }
        if (input.Kind is AnswerInputKind.Number or AnswerInputKind.String
            && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var score))
        {
            if (score is >= LikertScale.Min and <= LikertScale.Max)
            {
                return score.ToString(CultureInfo.InvariantCulture);
            }
            errors.Add(field, "分數須介於 1 到 5 之間，或選「不適用」。", "The score must be from 1 to 5, or \"na\" for not applicable.");
            return null;
        }
        errors.Add(field, "請以 1 到 5 的整數或「不適用」作答。", "The answer must be a whole number from 1 to 5, or \"na\".");
        return null;
    }

    private static string? CheckChoice(Question question, AnswerInput input, string field, ValidationErrors errors)
    {
        if (input.Kind == AnswerInputKind.String && question.Options.Any(o => o.Value == input.Raw))
        {
            return input.Raw;
        }
        errors.Add(field, "請從提供的選項中選擇。", $"The answer must be one of: {string.Join(", ", question.Options.Select(o => o.Value))}.");
        return null;
    }

    private static string? CheckText(Question question, AnswerInput input, string field, ValidationErrors errors)
    {
        if (input.Kind != AnswerInputKind.String)
        {
            errors.Add(field, "此題須以文字作答。", "The answer must be text.");
            return null;
        }
        var text = StripControlCharacters(input.Raw!).Trim();
        if (new StringInfo(text).LengthInTextElements > question.MaxLength)
        {
            errors.Add(field, $"內容不可超過 {question.MaxLength} 字。", $"The text must be at most {question.MaxLength} characters.");
            return null;
        }
        return text.Length == 0 ? null : text;
    }

    // Pasted text often carries invisible control characters; they are noise to staff and to the classifier.
    private static string StripControlCharacters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsControl(c) || c is '\n' or '\t')
            {
                builder.Append(c == '\t' ? ' ' : c);
            }
        }
        return builder.ToString().Replace("\r", "", StringComparison.Ordinal);
    }

    private static string Truncate(string id) => id.Length <= 64 ? id : id[..64];
}
