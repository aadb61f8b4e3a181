using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Surveys;

public sealed class SurveyResponseValidatorTests
{
    private readonly SurveyResponseValidator _validator = new(Definitions.Organisation);

    private (IReadOnlyDictionary<string, string>? Answers, Validation.ValidationErrors Errors) Validate(SubmissionBuilder builder) =>
        _validator.Validate(Definitions.Counter, builder.Build());

    [Fact]
    public void An_unknown_channel_is_explained_with_the_channels_named_in_chinese()
    {
        var validator = new SurveyResponseValidator(Definitions.Organisation, Localization.Labels.LoadFrom(Path.Combine(Definitions.Folder, "labels.json")));

        var (_, errors) = validator.Validate(Definitions.Counter, new SubmissionBuilder().ByChannel("fax").Build());

        var message = Assert.Single(errors.All).Message;
        Assert.Equal("填答管道須為臨櫃、自助服務機、網站之一。", message["zh-TW"]);
        Assert.DoesNotContain("kiosk", message["zh-TW"]);
    }

    [Theory]
    [InlineData("personnel")]
    [InlineData("accounting")]
    public void A_citizen_survey_refuses_an_internal_office_as_its_unit(string unit)
    {
        var (_, errors) = Validate(new SubmissionBuilder().InUnit(unit));

        Assert.Equal("unit", Assert.Single(errors.All).Field);
    }

    [Fact]
    public void A_complete_counter_response_is_valid_and_keeps_each_answer_as_text()
    {
        var (answers, errors) = Validate(new SubmissionBuilder().With("explanation", "na").With("purpose", "metrology"));

        Assert.True(errors.IsEmpty);
        Assert.Equal("5", answers!["overall"]);
        Assert.Equal(LikertScale.NotApplicable, answers["explanation"]);
        Assert.Equal("metrology", answers["purpose"]);
    }

    [Fact]
    public void A_missing_required_answer_is_named_by_its_field()
    {
        var (answers, errors) = Validate(new SubmissionBuilder().Without("overall").Without("waiting-time"));

        Assert.Null(answers);
        Assert.Equal(["answers.overall", "answers.waiting-time"], errors.All.Select(e => e.Field).Order());
    }

    [Fact]
    public void An_optional_question_may_be_left_out()
    {
        var (_, errors) = Validate(new SubmissionBuilder().Without("environment").Without("comment"));

        Assert.True(errors.IsEmpty);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void A_score_outside_one_to_five_is_out_of_range(int score)
    {
        var (_, errors) = Validate(new SubmissionBuilder().With("overall", score));

        Assert.Equal("answers.overall", Assert.Single(errors.All).Field);
    }

    [Theory]
    [InlineData(AnswerInputKind.Number, "4.5")]
    [InlineData(AnswerInputKind.String, "very good")]
    [InlineData(AnswerInputKind.Other, null)]
    public void A_likert_answer_that_is_not_a_whole_score_is_refused(AnswerInputKind kind, string? raw)
    {
        var (_, errors) = Validate(new SubmissionBuilder().With("staff-attitude", new AnswerInput(kind, raw)));

        Assert.Equal("answers.staff-attitude", Assert.Single(errors.All).Field);
    }

    [Fact]
    public void An_unknown_question_id_is_reported()
    {
        var (_, errors) = Validate(new SubmissionBuilder().With("favourite-colour", 3));

        Assert.Equal("answers.favourite-colour", Assert.Single(errors.All).Field);
    }

    [Fact]
    public void A_choice_outside_the_options_is_refused()
    {
        var (_, errors) = Validate(new SubmissionBuilder().With("purpose", "shopping"));

        Assert.Equal("answers.purpose", Assert.Single(errors.All).Field);
    }

    [Fact]
    public void A_comment_longer_than_its_limit_is_refused_and_one_at_the_limit_is_kept()
    {
        var (_, tooLong) = Validate(new SubmissionBuilder().With("comment", new string('好', 1001)));
        var (answers, atLimit) = Validate(new SubmissionBuilder().With("comment", new string('好', 1000)));

        Assert.Equal("answers.comment", Assert.Single(tooLong.All).Field);
        Assert.True(atLimit.IsEmpty);
        Assert.Equal(1000, answers!["comment"].Length);
    }

    [Fact]
    public void Control_characters_are_removed_from_comments()
    {
        var (answers, _) = Validate(new SubmissionBuilder().With("comment", "等候\u0000時間\u0007太久\r\n謝謝"));

        Assert.Equal("等候時間太久\n謝謝", answers!["comment"]);
    }

    [Fact]
    public void An_unknown_unit_channel_or_language_is_refused()
    {
        var (_, errors) = Validate(new SubmissionBuilder().InUnit("no-such-unit").ByChannel("carrier-pigeon").InLanguage("fr"));

        Assert.Equal(["channel", "language", "unit"], errors.All.Select(e => e.Field).Order());
    }

    [Fact]
    public void Every_error_has_a_message_in_both_languages()
    {
        var (_, errors) = Validate(new SubmissionBuilder().Without("overall").With("purpose", "x").InUnit("x"));

        Assert.All(errors.All, e => Assert.True(e.Message.IsComplete));
        Assert.NotEqual(errors.ToDictionary("en")["unit"], errors.ToDictionary("zh-TW")["unit"]);
    }
}
