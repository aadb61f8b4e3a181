using System.Text.Json;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Http.Requests;

namespace ServiceQuality.Handlers.Http.Etiquette;

/// <summary>Binds a phone-etiquette test from the API's JSON object or the staff form, naming every field of the wrong shape.</summary>
public static class EtiquetteTestRequest
{
    private static readonly string[] TextFields = ["tester", "testedAt", "unit", "staff", "extension", "notes"];

    /// <summary>Form fields carrying scores are named "scores.{itemId}", as the HTML form names them.</summary>
    public const string FormScorePrefix = "scores.";

    public static (EtiquetteTestSubmission? Submission, ValidationErrors Errors) Bind(JsonElement root)
    {
        var errors = new ValidationErrors();
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject().Where(p => p.Name != "scores"))
        {
            if (!TextFields.Contains(property.Name))
            {
                JsonFields.Unknown(errors, property.Name, "a phone-etiquette test");
            }
            else
            {
                values[property.Name] = JsonFields.Text(property.Value, property.Name, errors);
            }
        }
        var scores = JsonFields.Answers(root, "scores", errors, "須提供 scores 物件。", "The scores must be an object of rubric item id to score.");
        return errors.IsEmpty ? (From(values, scores!), errors) : (null, errors);
    }

    public static EtiquetteTestSubmission FromForm(IReadOnlyDictionary<string, string?> fields)
    {
        var scores = new Dictionary<string, AnswerInput>(StringComparer.Ordinal);
        foreach (var (name, value) in fields.Where(f => f.Key.StartsWith(FormScorePrefix, StringComparison.Ordinal)))
        {
            scores[name[FormScorePrefix.Length..]] = JsonFields.FormAnswer(value?.Trim());
        }
        return From(fields, scores);
    }

    private static EtiquetteTestSubmission From(IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, AnswerInput> scores) => new(
        values.GetValueOrDefault("tester"),
        values.GetValueOrDefault("testedAt"),
        values.GetValueOrDefault("unit"),
        values.GetValueOrDefault("staff"),
        values.GetValueOrDefault("extension"),
        scores,
        values.GetValueOrDefault("notes"));
}
