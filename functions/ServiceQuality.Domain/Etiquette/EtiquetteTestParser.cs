using System.Text.Json;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Domain.Etiquette;

/// <summary>Turns a JSON body or a form post into a test submission, naming every field of the wrong shape.</summary>
public static class EtiquetteTestParser
{
    private static readonly string[] TextFields = ["tester", "testedAt", "unit", "staff", "extension", "notes"];

    /// <summary>Form fields carrying scores are named "scores.{itemId}", as the HTML form names them.</summary>
    public const string FormScorePrefix = "scores.";

    public static (EtiquetteTestSubmission? Submission, ValidationErrors Errors) FromJson(ReadOnlyMemory<byte> body)
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
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            var scores = new Dictionary<string, AnswerInput>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                if (property.Name == "scores")
                {
                    ReadScores(property.Value, scores, errors);
                }
                else if (!TextFields.Contains(property.Name))
                {
                    errors.Add(Truncate(property.Name), "無法辨識的欄位。", "This property is not part of a phone-etiquette test.");
                }
                else if (property.Value.ValueKind == JsonValueKind.String)
                {
                    values[property.Name] = property.Value.GetString();
                }
                else if (property.Value.ValueKind != JsonValueKind.Null)
                {
                    errors.Add(property.Name, "須為文字。", "Must be a string.");
                }
            }
            if (!root.TryGetProperty("scores", out _))
            {
                errors.Add("scores", "須提供 scores 物件。", "The scores must be an object of rubric item id to score.");
            }
            return errors.IsEmpty ? (From(values, scores), errors) : (null, errors);
        }
    }

    public static EtiquetteTestSubmission FromForm(IEnumerable<KeyValuePair<string, string?>> fields)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var scores = new Dictionary<string, AnswerInput>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            if (name.StartsWith(FormScorePrefix, StringComparison.Ordinal))
            {
                scores[name[FormScorePrefix.Length..]] = AnswerInput.FromForm(value?.Trim());
            }
            else if (TextFields.Contains(name))
            {
                values[name] = value;
            }
        }
        return From(values, scores);
    }

    private static void ReadScores(JsonElement element, Dictionary<string, AnswerInput> scores, ValidationErrors errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add("scores", "須提供 scores 物件。", "The scores must be an object of rubric item id to score.");
            return;
        }
        foreach (var score in element.EnumerateObject())
        {
            scores[score.Name] = score.Value.ValueKind switch
            {
                JsonValueKind.Number => new AnswerInput(AnswerInputKind.Number, score.Value.GetRawText()),
                JsonValueKind.String => new AnswerInput(AnswerInputKind.String, score.Value.GetString()),
                JsonValueKind.Null => new AnswerInput(AnswerInputKind.Null, null),
                _ => new AnswerInput(AnswerInputKind.Other, null),
            };
        }
    }

    private static EtiquetteTestSubmission From(IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, AnswerInput> scores) => new(
        values.GetValueOrDefault("tester"),
        values.GetValueOrDefault("testedAt"),
        values.GetValueOrDefault("unit"),
        values.GetValueOrDefault("staff"),
        values.GetValueOrDefault("extension"),
        scores,
        values.GetValueOrDefault("notes"));

    private static string Truncate(string name) => name.Length <= 64 ? name : name[..64];
}
