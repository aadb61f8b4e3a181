using ServiceQuality.Domain.Comments;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Reports;

public sealed class SurveyRollupCalculatorTests
{
    private static readonly DateTimeOffset March = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly SurveyRollupCalculator _calculator = new(Definitions.Organisation);

    [Fact]
    public void Each_likert_question_is_tallied_in_the_order_of_the_definition()
    {
        var responses = new[]
        {
            Response("a", new() { ["waiting-time"] = "5", ["staff-attitude"] = "4", ["explanation"] = "na", ["overall"] = "5" }),
            Response("b", new() { ["waiting-time"] = "2", ["staff-attitude"] = "3", ["explanation"] = "4", ["overall"] = "3", ["purpose"] = "other" }),
        };

        var rollup = _calculator.Tally(Definitions.Counter, responses, []);

        Assert.Equal(["waiting-time", "staff-attitude", "explanation", "environment", "overall"], rollup.Questions.Select(q => q.Key));
        Assert.Equal(new LikertTally(2, 1, 0, 0, 0, 1, 0), rollup.Questions.Single(q => q.Key == "explanation").Tally);
        Assert.Equal(new LikertTally(2, 0, 0, 0, 0, 0, 0), rollup.Questions.Single(q => q.Key == "environment").Tally);
        Assert.Equal(rollup.Questions.Single(q => q.Key == "overall").Tally, rollup.Overall);
        Assert.Equal(1, rollup.DissatisfiedResponses);
    }

    [Fact]
    public void Units_follow_the_organisation_with_responses_naming_no_unit_last()
    {
        var responses = new[]
        {
            Response("a", Overall("5"), unit: null),
            Response("b", Overall("5"), unit: "office-south"),
            Response("c", Overall("4"), unit: "metrology"),
            Response("d", Overall("1"), unit: "metrology", channel: "kiosk"),
        };

        var rollup = _calculator.Tally(Definitions.Counter, responses, []);

        Assert.Equal(["metrology", "office-south", SurveyRollup.Unspecified], rollup.Units.Select(u => u.Key));
        Assert.Equal(LikertTally.FromScores(1, 0, 0, 1, 0), rollup.Units[0].Tally);
        Assert.Equal(["counter", "kiosk"], rollup.Channels.Select(c => c.Key));
    }

    [Fact]
    public void Only_comments_of_responses_below_the_top_two_boxes_are_counted_per_topic()
    {
        var responses = new[] { Response("a", Overall("3")), Response("b", Overall("2")), Response("c", Overall("1")), Response("d", Overall("5")) };
        var comments = new[]
        {
            Comment("a", "waiting-time", "negative"),
            Comment("b", "waiting-time", "neutral"),
            Comment("c", "staff-attitude", "negative"),
            Comment("d", "waiting-time", "positive"),
            Comment("c", null, null) with { QuestionId = "other-text", Status = CommentStatus.AwaitingClassification },
        };

        var rollup = _calculator.Tally(Definitions.Counter, responses, comments);

        Assert.Equal(3, rollup.DissatisfiedResponses);
        Assert.Equal([new TopicTally("waiting-time", 2, 1, 1, 0), new TopicTally("staff-attitude", 1, 1, 0, 0)], rollup.DissatisfiedTopics);
        Assert.Equal(1, rollup.CommentsAwaitingClassification);
    }

    [Fact]
    public void Months_add_up_to_the_tallies_of_the_whole()
    {
        var all = new[] { Response("a", Overall("5")), Response("b", Overall("2"), unit: "office-north"), Response("c", Overall("4"), channel: "web") };

        var merged = _calculator.Merge(Definitions.Counter, [_calculator.Tally(Definitions.Counter, all[..1], []), _calculator.Tally(Definitions.Counter, all[1..], [])]);

        Assert.Equal(_calculator.Tally(Definitions.Counter, all, []), merged, new JsonEquality<SurveyRollup>());
    }

    [Fact]
    public void A_period_without_responses_has_empty_tallies()
    {
        var merged = _calculator.Merge(Definitions.Counter, []);

        Assert.Equal(LikertTally.Empty, merged.Overall);
        Assert.Empty(merged.Units);
        Assert.Equal(5, merged.Questions.Count);
    }

    private static Dictionary<string, string> Overall(string score) => new() { ["overall"] = score };

    private static SurveyResponse Response(string id, Dictionary<string, string> answers, string? unit = "metrology", string channel = "counter") =>
        new(id, "counter", 1, March, unit, channel, "zh-TW", answers);

    private static SurveyComment Comment(string responseId, string? topic, string? sentiment) =>
        new("counter", "2026-03", responseId, "comment", "text", null, "metrology", CommentStatus.Classified, March, topic, 0.9f, sentiment, 0.9f);
}
