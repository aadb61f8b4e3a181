using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Etiquette;

public sealed class EtiquetteTestValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly EtiquetteTestValidator _validator = new(EtiquetteDefinitions.Rubric, Definitions.Organisation);

    [Fact]
    public void A_complete_test_is_valid_and_a_time_without_offset_is_taipei_time()
    {
        var (valid, errors) = _validator.Validate(EtiquetteSubmissionBuilder.Valid().At("2026-03-05T10:00").Build(), Now);

        Assert.True(errors.IsEmpty);
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 2, 0, 0, TimeSpan.Zero), valid!.TestedAt);
        Assert.Equal(10, valid.Scores["answered-promptly"]);
    }

    [Theory]
    [InlineData("2026-03-05T02:00:00Z")]
    [InlineData("2026-03-05T10:00:00+08:00")]
    [InlineData("2026-03-05T10:00:00.123+08:00")]
    public void An_iso_time_with_an_offset_is_read_as_that_instant(string text)
    {
        var (valid, _) = _validator.Validate(EtiquetteSubmissionBuilder.Valid().At(text).Build(), Now);

        Assert.Equal(new DateTimeOffset(2026, 3, 5, 10, 0, 0, TimeSpan.FromHours(8)), valid!.TestedAt, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void An_unknown_unit_is_named()
    {
        AssertOnlyError(EtiquetteSubmissionBuilder.Valid().In("no-such-unit"), "unit");
    }

    [Fact]
    public void An_unknown_rubric_item_is_named()
    {
        AssertOnlyError(EtiquetteSubmissionBuilder.Valid().Score("smiling", 5), "scores.smiling");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void A_score_outside_zero_to_the_items_maximum_is_named(int score)
    {
        AssertOnlyError(EtiquetteSubmissionBuilder.Valid().Score("answered-promptly", score), "scores.answered-promptly");
    }

    [Theory]
    [InlineData(AnswerInputKind.Number, "7.5")]
    [InlineData(AnswerInputKind.String, "ten")]
    [InlineData(AnswerInputKind.Other, null)]
    public void A_score_that_is_not_a_whole_number_is_named(AnswerInputKind kind, string? raw)
    {
        AssertOnlyError(EtiquetteSubmissionBuilder.Valid().Score("closing", new AnswerInput(kind, raw)), "scores.closing");
    }

    [Fact]
    public void A_missing_item_is_named()
    {
        AssertOnlyError(EtiquetteSubmissionBuilder.Valid().Without("greeting"), "scores.greeting");
    }

    [Theory]
    [InlineData("2026-03-10T09:06")]
    [InlineData("2027-01-01T00:00:00Z")]
    public void A_test_in_the_future_is_refused(string testedAt)
    {
        AssertOnlyError(EtiquetteSubmissionBuilder.Valid().At(testedAt), "testedAt");
    }

    [Theory]
    [InlineData("1900-01-01T00:00")]
    [InlineData("2024-12-31T23:59")]
    [InlineData("2024-12-31T15:59:59Z")]
    public void A_test_dated_before_the_start_of_last_year_is_refused_with_a_bilingual_message(string testedAt)
    {
        var (_, errors) = _validator.Validate(EtiquetteSubmissionBuilder.Valid().At(testedAt).Build(), Now);

        var error = Assert.Single(errors.All);
        Assert.Equal("testedAt", error.Field);
        Assert.Contains("2025", error.Message.Get("zh-TW"));
        Assert.Contains("2025-01-01", error.Message.Get("en"));
    }

    [Theory]
    [InlineData("2025-01-01T00:00")]
    [InlineData("2024-12-31T16:00:00Z")]
    public void A_test_dated_on_the_first_day_of_last_year_is_accepted(string testedAt)
    {
        Assert.True(_validator.Validate(EtiquetteSubmissionBuilder.Valid().At(testedAt).Build(), Now).Errors.IsEmpty);
    }

    [Fact]
    public void A_time_a_few_minutes_ahead_of_the_server_is_allowed_for_clock_skew()
    {
        Assert.True(_validator.Validate(EtiquetteSubmissionBuilder.Valid().At("2026-03-10T09:04").Build(), Now).Errors.IsEmpty);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-02-30T10:00")]
    [InlineData("2026-03-05")]
    [InlineData("05/03/2026 10:00")]
    [InlineData("")]
    public void An_unparseable_or_missing_time_is_named(string testedAt)
    {
        AssertOnlyError(EtiquetteSubmissionBuilder.Valid().At(testedAt), "testedAt");
    }

    [Fact]
    public void Notes_over_1000_characters_are_named()
    {
        AssertOnlyError(EtiquetteSubmissionBuilder.Valid().WithNotes(new string('好', 1001)), "notes");
    }

    [Fact]
    public void Either_the_staff_member_or_the_extension_is_required()
    {
        AssertOnlyError(EtiquetteSubmissionBuilder.Valid().Of(null, "  "), "staff");
        Assert.True(_validator.Validate(EtiquetteSubmissionBuilder.Valid().Of(null, "301").Build(), Now).Errors.IsEmpty);
        Assert.True(_validator.Validate(EtiquetteSubmissionBuilder.Valid().Of("王小明", null).Build(), Now).Errors.IsEmpty);
    }

    [Fact]
    public void Every_failing_field_is_reported_at_once_in_both_languages()
    {
        var submission = EtiquetteSubmissionBuilder.Valid().In("nowhere").Without("closing").Score("courtesy", 30).At("soon").WithTester(null).Build();

        var (valid, errors) = _validator.Validate(submission, Now);

        Assert.Null(valid);
        Assert.Equal(["scores.closing", "scores.courtesy", "testedAt", "tester", "unit"], errors.All.Select(e => e.Field).Order());
        Assert.All(errors.All, e => Assert.True(e.Message.IsComplete));
    }

    private void AssertOnlyError(EtiquetteSubmissionBuilder builder, string field)
    {
        var (valid, errors) = _validator.Validate(builder.Build(), Now);

        Assert.Null(valid);
        Assert.Equal([field], errors.All.Select(e => e.Field).Distinct());
    }
}
