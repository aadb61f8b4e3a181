using System.Text.Json;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Domain.Surveys;

/// <summary>
/// Turns a JSON body or a form post into a submission, reporting every structural problem by field.
/// </summary>
public static class SurveySubmissionParser
{
    // "token" is an invitation token, read by the endpoint for the surveys answered by invitation.
    private static readonly HashSet<string> KnownProperties = ["answers", "unit", "channel", "language", "token"];

    /// <summary>Form fields carrying answers are named "answers.{questionId}", as the HTML form names them.</summary>
    public const string FormAnswerPrefix = "answers.";

    public static (SurveySubmission? Submission, ValidationErrors Errors) FromJson(ReadOnlyMemory<byte> body)
    {
        var errors = new ValidationErrors();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            errors.Add("body", "內容不是有效的 JSON。", $"The body is not valid JSON: {ex.Message}");
            return (null, errors);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add("body", "內容須為 JSON 物件。", "The body must be a JSON object.");
                return (null, errors);
            }
            foreach (var property in root.EnumerateObject().Where(p => !KnownProperties.Contains(p.Name)))
            {
                errors.Add(property.Name.Length <= 64 ? property.Name : property.Name[..64], "無法辨識的欄位。", "This property is not part of a survey response.");
            }

            var answers = new Dictionary<string, AnswerInput>(StringComparer.Ordinal);
            if (!root.TryGetProperty("answers", out var answersElement) || answersElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add("answers", "須提供 answers 物件。", "The answers must be an object of question id to answer.");
            }
            else
            {
                foreach (var answer in answersElement.EnumerateObject())
                {
                    answers[answer.Name] = answer.Value.ValueKind switch
                    {
                        JsonValueKind.Number => new AnswerInput(AnswerInputKind.Number, answer.Value.GetRawText()),
                        JsonValueKind.String => new AnswerInput(AnswerInputKind.String, answer.Value.GetString()),
                        JsonValueKind.Null => new AnswerInput(AnswerInputKind.Null, null),
                        _ => new AnswerInput(AnswerInputKind.Other, null),
                    };
                }
            }
            var submission = new SurveySubmission(
                answers,
                OptionalString(root, "unit", errors),
                OptionalString(root, "channel", errors),
                OptionalString(root, "language", errors));
            return (errors.IsEmpty ? submission : null, errors);
        }
    }

    public static SurveySubmission FromForm(IEnumerable<KeyValuePair<string, string?>> fields)
    {
        var answers = new Dictionary<string, AnswerInput>(StringComparer.Ordinal);
        string? unit = null, channel = null, language = null;
        foreach (var (name, value) in fields)
        {
            if (name.StartsWith(FormAnswerPrefix, StringComparison.Ordinal))
            {
                answers[name[FormAnswerPrefix.Length..]] = AnswerInput.FromForm(value);
            }
            else if (name == "unit")
            {
                unit = NullIfEmpty(value);
            }
            else if (name == "channel")
            {
                channel = NullIfEmpty(value);
            }
            else if (name == "lang")
            {
                language = NullIfEmpty(value);
            }
        }
        return new SurveySubmission(answers, unit, channel, language);
    }

    private static string? OptionalString(JsonElement root, string name, ValidationErrors errors)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(name, "須為文字。", "Must be a string.");
            return null;
        }
        return NullIfEmpty(value.GetString());
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
