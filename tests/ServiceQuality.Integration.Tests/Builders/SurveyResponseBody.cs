using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServiceQuality.Integration.Tests.Builders;

/// <summary>Builds the JSON body of a counter-survey response: complete and valid unless changed.</summary>
public sealed class SurveyResponseBody
{
    private readonly JsonObject _answers = new()
    {
        ["waiting-time"] = 5,
        ["staff-attitude"] = 4,
        ["explanation"] = 4,
        ["overall"] = 5,
    };
    private readonly JsonObject _root = new() { ["unit"] = "metrology", ["channel"] = "counter" };

    public static SurveyResponseBody Counter() => new();

    public SurveyResponseBody With(string questionId, JsonNode? answer)
    {
        _answers[questionId] = answer;
        return this;
    }

    public SurveyResponseBody Without(string questionId)
    {
        _answers.Remove(questionId);
        return this;
    }

    public SurveyResponseBody WithComment(string text) => With("comment", text);

    public SurveyResponseBody InUnit(string unit)
    {
        _root["unit"] = unit;
        return this;
    }

    public string ToJson()
    {
        var root = _root.DeepClone().AsObject();
        root["answers"] = _answers.DeepClone();
        return root.ToJsonString();
    }

    public StringContent ToContent(string mediaType = "application/json") => new(ToJson(), Encoding.UTF8, mediaType);

    public override string ToString() => ToJson();

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
