using System.Text.Json;
using ServiceQuality.Domain.Complaints;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Http.Requests;

namespace ServiceQuality.Handlers.Http.Complaints;

/// <summary>Binds a complaint from the API's JSON object or the form's fields, naming every field of the wrong shape.</summary>
public static class ComplaintRequest
{
    private static readonly string[] Fields = ["subject", "text", "name", "email", "phone", "language", "channel"];

    public static (ComplaintSubmission? Submission, ValidationErrors Errors) Bind(JsonElement root)
    {
        var errors = new ValidationErrors();
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (!Fields.Contains(property.Name))
            {
                JsonFields.Unknown(errors, property.Name, "a complaint");
            }
            else
            {
                values[property.Name] = JsonFields.Text(property.Value, property.Name, errors);
            }
        }
        return errors.IsEmpty ? (From(values), errors) : (null, errors);
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
