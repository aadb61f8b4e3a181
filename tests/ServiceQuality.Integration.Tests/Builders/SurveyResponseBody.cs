using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServiceQuality.Integration.Tests.Builders;

/// <summary>Builds the JSON body of a counter-survey (or taxi-meter) response: complete and valid unless changed.</summary>
public sealed class SurveyResponseBody
{
    private readonly JsonObject _answers;
    private readonly JsonObject _root = new() { ["unit"] = "metrology", ["channel"] = "counter" };

    private SurveyResponseBody(JsonObject answers) => _answers = answers;

    public static SurveyResponseBody Counter() => new(new JsonObject
    {
        ["waiting-time"] = 5,
        ["staff-attitude"] = 4,
        ["explanation"] = 4,
        ["overall"] = 5,
    });

    public static SurveyResponseBody TaxiMeter() => new(new JsonObject
    {
        ["booking-waiting"] = 4,
        ["inspector-attitude"] = 5,
        ["result-explanation"] = 4,
        ["overall"] = 4,
    });

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

    public SurveyResponseBody InChannel(string channel)
    {
        _root["channel"] = channel;
        return this;
    }

    /// <summary>Answers with a transaction token, which sets the unit and channel from the token.</summary>
    public SurveyResponseBody WithToken(string token)
    {
        _root["token"] = token;
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
