using System.Text;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Http.Requests;
using ServiceQuality.Handlers.Http.Surveys;
using Xunit;

namespace ServiceQuality.Integration.Tests.Http;

public sealed class SurveyResponseRequestTests
{
    private static (SurveyResponseRequest? Request, ValidationErrors Errors) Parse(string json)
    {
        var errors = JsonBody.Parse(Encoding.UTF8.GetBytes(json), out var body);
        return errors.IsEmpty ? SurveyResponseRequest.Bind(body) : (null, errors);
    }

    [Fact]
    public void Numbers_strings_and_nulls_arrive_as_what_they_were()
    {
        var (request, errors) = Parse("""{"answers":{"a":5,"b":"na","c":null,"d":[1]},"unit":"metrology","language":"en","token":"t1"}""");

        Assert.True(errors.IsEmpty);
        var submission = request!.Submission;
        Assert.Equal(new AnswerInput(AnswerInputKind.Number, "5"), submission.Answers["a"]);
        Assert.Equal(new AnswerInput(AnswerInputKind.String, "na"), submission.Answers["b"]);
        Assert.Equal(AnswerInputKind.Null, submission.Answers["c"].Kind);
        Assert.Equal(AnswerInputKind.Other, submission.Answers["d"].Kind);
        Assert.Equal("metrology", submission.UnitId);
        Assert.Equal("en", submission.Language);
        Assert.Equal("t1", request.Token);
    }

    [Theory]
    [InlineData("{\"answers\":")]
    [InlineData("not json")]
    [InlineData("")]
    public void Malformed_json_is_reported_on_the_body(string json)
    {
        var (request, errors) = Parse(json);

        Assert.Null(request);
        Assert.Equal("body", Assert.Single(errors.All).Field);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("42")]
    public void A_body_that_is_not_an_object_is_refused(string json)
    {
        var (_, errors) = Parse(json);

        Assert.Equal("body", Assert.Single(errors.All).Field);
    }

    [Fact]
    public void Answers_that_are_not_an_object_and_fields_of_the_wrong_type_are_each_named()
    {
        var (_, errors) = Parse("""{"answers":[1,2],"unit":7,"extra":true}""");

        Assert.Equal(["answers", "extra", "unit"], errors.All.Select(e => e.Field).Order());
    }

    [Fact]
    public void Deeply_nested_json_is_refused_without_failing()
    {
        var json = "{\"answers\":" + new string('[', 200) + new string(']', 200) + "}";

        var (_, errors) = Parse(json);

        Assert.Equal("body", Assert.Single(errors.All).Field);
    }

    [Fact]
    public void Form_fields_named_after_questions_become_answers()
    {
        var (submission, token) = SurveyResponseRequest.FromForm(new Dictionary<string, string?>
        {
            ["answers.overall"] = "5",
            ["answers.comment"] = "",
            ["unit"] = "metrology",
            ["lang"] = "en",
            ["idempotencyKey"] = "abc",
        });

        Assert.Equal(new AnswerInput(AnswerInputKind.String, "5"), submission.Answers["overall"]);
        Assert.Equal(AnswerInputKind.Null, submission.Answers["comment"].Kind);
        Assert.Equal("metrology", submission.UnitId);
        Assert.Equal("en", submission.Language);
        Assert.Equal(2, submission.Answers.Count);
        Assert.Null(token);
    }
}
