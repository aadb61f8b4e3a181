using System.Text.Json;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Domain.Complaints;

/// <summary>Reads a complaint from JSON or from a form post, naming every field of the wrong shape.</summary>
public static class ComplaintParser
{
    private static readonly string[] Fields = ["subject", "text", "name", "email", "phone", "language", "channel"];

    public static (ComplaintSubmission? Submission, ValidationErrors Errors) FromJson(ReadOnlyMemory<byte> body)
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
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add("body", "內容須為 JSON 物件。", "The body must be a JSON object.");
                return (null, errors);
            }
            var values = new Dictionary<string, string?>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!Fields.Contains(property.Name))
                {
                    errors.Add(property.Name.Length <= 64 ? property.Name : property.Name[..64], "無法辨識的欄位。", "This property is not part of a complaint.");
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
            return errors.IsEmpty ? (From(values), errors) : (null, errors);
        }
    }

    public static ComplaintSubmission FromForm(IReadOnlyDictionary<string, string?> fields) => From(fields);

    private static ComplaintSubmission From(IReadOnlyDictionary<string, string?> values) => new(
        values.GetValueOrDefault("subject"),
        values.GetValueOrDefault("text"),
        values.GetValueOrDefault("name"),
        values.GetValueOrDefault("email"),
        values.GetValueOrDefault("phone"),
        values.GetValueOrDefault("language"),
        values.GetValueOrDefault("channel"));
}
