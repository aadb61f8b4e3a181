using System.Text.Json;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Http.Requests;

namespace ServiceQuality.Handlers.Http.Surveys;

/// <summary>A survey response as the API or the form sends it: the submission, and the invitation token if any.</summary>
public sealed record SurveyResponseRequest(SurveySubmission Submission, string? Token)
{
    /// <summary>Form fields carrying answers are named "answers.{questionId}", as the HTML form names them.</summary>
    public const string FormAnswerPrefix = "answers.";

    // "token" is an invitation token, read by the endpoint for the surveys answered by invitation.
    private static readonly HashSet<string> KnownProperties = ["answers", "unit", "channel", "language", "token"];

    /// <summary>Binds a JSON object read by <see cref="JsonBody"/>, reporting every field of the wrong shape.</summary>
    public static (SurveyResponseRequest? Request, ValidationErrors Errors) Bind(JsonElement root)
    {
        var errors = new ValidationErrors();
        foreach (var property in root.EnumerateObject().Where(p => !KnownProperties.Contains(p.Name)))
        {
            JsonFields.Unknown(errors, property.Name, "a survey response");
        }
        var answers = JsonFields.Answers(root, "answers", errors, "須提供 answers 物件。", "The answers must be an object of question id to answer.");
        var submission = new SurveySubmission(
            answers ?? [],
            JsonFields.OptionalText(root, "unit", errors),
            JsonFields.OptionalText(root, "channel", errors),
            JsonFields.OptionalText(root, "language", errors));
        var token = JsonFields.OptionalText(root, "token", errors);
        return (errors.IsEmpty ? new SurveyResponseRequest(submission, token) : null, errors);
    }

    public static SurveyResponseRequest FromForm(IReadOnlyDictionary<string, string?> fields)
    {
        var answers = new Dictionary<string, AnswerInput>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            if (name.StartsWith(FormAnswerPrefix, StringComparison.Ordinal))
            {
                answers[name[FormAnswerPrefix.Length..]] = JsonFields.FormAnswer(value);
            }
        }
        var submission = new SurveySubmission(
            answers,
            JsonFields.NullIfBlank(fields.GetValueOrDefault("unit")),
            JsonFields.NullIfBlank(fields.GetValueOrDefault("channel")),
            JsonFields.NullIfBlank(fields.GetValueOrDefault("lang")));
        return new SurveyResponseRequest(submission, JsonFields.NullIfBlank(fields.GetValueOrDefault("token")));
    }
}
