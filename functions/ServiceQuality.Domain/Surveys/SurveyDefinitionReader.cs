using System.Text.Json;
using System.Text.RegularExpressions;
using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Surveys;

/// <summary>Reads and checks one survey definition file.</summary>
public static partial class SurveyDefinitionReader
{
    public static SurveyDefinition Read(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            return Read(document.RootElement, source);
        }
        catch (JsonException ex)
        {
            throw new SurveyDefinitionException($"{source}: not valid JSON ({ex.Message}).");
        }
    }

    private static SurveyDefinition Read(JsonElement root, string source)
    {
        var id = RequiredString(root, "id", source);
        if (!IdPattern().IsMatch(id))
        {
            throw new SurveyDefinitionException($"{source}: survey id '{id}' must be lowercase kebab-case.");
        }
        var questions = root.TryGetProperty("questions", out var qs) && qs.ValueKind == JsonValueKind.Array
            ? qs.EnumerateArray().Select(q => ReadQuestion(q, $"{source} ({id})")).ToList()
            : throw new SurveyDefinitionException($"{source}: 'questions' must be an array.");

        var definition = new SurveyDefinition(
            id,
            root.TryGetProperty("version", out var v) && v.TryGetInt32(out var version) && version > 0
                ? version
                : throw new SurveyDefinitionException($"{source}: 'version' must be a positive integer."),
            ReadText(root, "title", source),
            ReadText(root, "intro", source),
            ReadText(root, "method", source),
            root.TryGetProperty("asksForUnit", out var u) && u.ValueKind == JsonValueKind.True,
            root.TryGetProperty("channels", out var ch) && ch.ValueKind == JsonValueKind.Array
                ? ch.EnumerateArray().Select(c => c.GetString() ?? "").Where(c => c.Length > 0).ToList()
                : [],
            questions,
            root.TryGetProperty("audience", out var audience) && audience.ValueKind == JsonValueKind.String && audience.GetString() == "staff");
        Check(definition, source);
        return definition;
    }

    private static void Check(SurveyDefinition definition, string source)
    {
        var overall = definition.Questions.Count(q => q.IsOverall);
        if (overall != 1)
        {
            throw new SurveyDefinitionException($"{source}: exactly one question must be the overall-satisfaction item; found {overall}.");
        }
        if (definition.OverallQuestion.Type != QuestionType.Likert)
        {
            throw new SurveyDefinitionException($"{source}: the overall-satisfaction item must be a Likert question.");
        }
        var duplicate = definition.Questions.GroupBy(q => q.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SurveyDefinitionException($"{source}: question id '{duplicate.Key}' is used twice.");
        }
    }

    private static Question ReadQuestion(JsonElement element, string source)
    {
        var id = RequiredString(element, "id", source);
        if (!IdPattern().IsMatch(id))
        {
            throw new SurveyDefinitionException($"{source}: question id '{id}' must be lowercase kebab-case.");
        }
        var type = RequiredString(element, "type", source) switch
        {
            "likert" => QuestionType.Likert,
            "choice" => QuestionType.Choice,
            "text" => QuestionType.Text,
            var other => throw new SurveyDefinitionException($"{source}: question '{id}' has unknown type '{other}'."),
        };
        var options = element.TryGetProperty("options", out var opts) && opts.ValueKind == JsonValueKind.Array
            ? opts.EnumerateArray().Select(o => new ChoiceOption(RequiredString(o, "value", source), ReadText(o, "text", source))).ToList()
            : [];
        if (type == QuestionType.Choice && options.Count < 2)
        {
            throw new SurveyDefinitionException($"{source}: choice question '{id}' needs at least two options.");
        }
        return new Question(
            id,
            type,
            ReadText(element, "text", source),
            element.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True,
            element.TryGetProperty("overall", out var o2) && o2.ValueKind == JsonValueKind.True,
            options,
            element.TryGetProperty("maxLength", out var m) && m.TryGetInt32(out var max) && max > 0 ? max : Question.DefaultTextMaxLength);
    }

    private static string RequiredString(JsonElement element, string name, string source) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw new SurveyDefinitionException($"{source}: '{name}' is required.");

    private static LocalizedText ReadText(JsonElement element, string name, string source)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            throw new SurveyDefinitionException($"{source}: '{name}' must be an object of texts by language.");
        }
        var text = new LocalizedText(value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? ""));
        return text.IsComplete
            ? text
            : throw new SurveyDefinitionException($"{source}: '{name}' needs a text in each of {string.Join(", ", Language.Supported)}.");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
