using System.Text.Json;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Handlers.Http.Requests;

/// <summary>Binding helpers shared by the request binders: the same field of the wrong shape gets the same message.</summary>
public static class JsonFields
{
    private const int MaxFieldNameLength = 64;

    public static void Unknown(ValidationErrors errors, string name, string partOf) =>
        errors.Add(name.Length <= MaxFieldNameLength ? name : name[..MaxFieldNameLength], "無法辨識的欄位。", $"This property is not part of {partOf}.");

    /// <summary>A string or null; anything else is an error named after the field.</summary>
    public static string? Text(JsonElement value, string name, ValidationErrors errors)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Null:
                return null;
            default:
                errors.Add(name, "須為文字。", "Must be a string.");
                return null;
        }
    }

    /// <summary>An optional string property, trimmed, null when absent or blank.</summary>
    public static string? OptionalText(JsonElement root, string name, ValidationErrors errors) =>
        root.TryGetProperty(name, out var value) ? NullIfBlank(Text(value, name, errors)) : null;

    /// <summary>An object of id → answer (survey answers, etiquette scores), checked against its question later.</summary>
    public static Dictionary<string, AnswerInput>? Answers(JsonElement root, string name, ValidationErrors errors, string zhTw, string en)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(name, zhTw, en);
            return null;
        }
        var answers = new Dictionary<string, AnswerInput>(StringComparer.Ordinal);
        foreach (var answer in element.EnumerateObject())
        {
            answers[answer.Name] = answer.Value.ValueKind switch
            {
                JsonValueKind.Number => new AnswerInput(AnswerInputKind.Number, answer.Value.GetRawText()),
                JsonValueKind.String => new AnswerInput(AnswerInputKind.String, answer.Value.GetString()),
                JsonValueKind.Null => new AnswerInput(AnswerInputKind.Null, null),
                _ => new AnswerInput(AnswerInputKind.Other, null),
            };
        }
        return answers;
    }

    /// <summary>A form field's answer: an empty field is no answer.</summary>
    public static AnswerInput FormAnswer(string? value) =>
        string.IsNullOrEmpty(value) ? new AnswerInput(AnswerInputKind.Null, null) : new AnswerInput(AnswerInputKind.String, value);

    public static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
