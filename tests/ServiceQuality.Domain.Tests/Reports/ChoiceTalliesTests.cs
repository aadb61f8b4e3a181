using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Reports;

public sealed class ChoiceTalliesTests
{
    private static readonly DateTimeOffset March = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly SurveyRollupCalculator _calculator = new(Definitions.Organisation);

    [Fact]
    public void Every_defined_option_is_counted_in_the_order_of_the_definition_with_blank_answers_apart()
    {
        var responses = new[] { Purpose("a", "inquiry"), Purpose("b", "metrology"), Purpose("c", "inquiry"), Purpose("d", null), Purpose("e", "") };

        var purpose = _calculator.Tally(Definitions.Counter, responses, []).Choices!.Single();

        Assert.Equal("purpose", purpose.QuestionId);
        Assert.Equal(
            [new OptionCount("inspection-application", 0), new OptionCount("metrology", 1), new OptionCount("certificate", 0), new OptionCount("inquiry", 2), new OptionCount("other", 0)],
            purpose.Options);
        Assert.Equal((3, 2), (purpose.Answered, purpose.Unanswered));
    }

    [Fact]
    public void A_value_no_longer_defined_is_kept_after_the_defined_options()
    {
        var purpose = _calculator.Tally(Definitions.Counter, [Purpose("a", "renewal"), Purpose("b", "other")], []).Choices!.Single();

        Assert.Equal(["inspection-application", "metrology", "certificate", "inquiry", "other", "renewal"], purpose.Options.Select(o => o.Value));
        Assert.Equal(1, purpose.Options.Single(o => o.Value == "renewal").Count);
    }

    [Fact]
    public void The_months_of_a_year_add_up_to_the_years_counts()
    {
        var january = _calculator.Tally(Definitions.Counter, [Purpose("a", "inquiry"), Purpose("b", null)], []);
        var february = _calculator.Tally(Definitions.Counter, [Purpose("c", "inquiry"), Purpose("d", "other")], []);

        var year = _calculator.Merge(Definitions.Counter, [january, february]).Choices!.Single();

        Assert.Equal((2, 1, 1), (year.Options.Single(o => o.Value == "inquiry").Count, year.Options.Single(o => o.Value == "other").Count, year.Unanswered));
        Assert.Equal(3, year.Answered);
    }

    [Fact]
    public void A_month_stored_before_choices_were_counted_adds_nothing_to_the_year()
    {
        var stored = _calculator.Tally(Definitions.Counter, [Purpose("a", "inquiry")], []) with { Choices = null };
        var counted = _calculator.Tally(Definitions.Counter, [Purpose("b", "metrology")], []);

        var year = _calculator.Merge(Definitions.Counter, [stored, counted]).Choices!.Single();

        Assert.Equal(1, year.Answered);
        Assert.Equal(1, year.Options.Single(o => o.Value == "metrology").Count);
    }

    [Fact]
    public void Every_survey_with_a_single_choice_question_counts_it()
    {
        var withChoices = Definitions.Catalog.All
            .Where(s => _calculator.Tally(s, [], []).Choices!.Count > 0)
            .ToDictionary(s => s.Id, s => _calculator.Tally(s, [], []).Choices!.Select(c => c.QuestionId).Single());

        Assert.Equal(new Dictionary<string, string>
        {
            ["counter"] = "purpose", ["customer-case"] = "topic", ["internal"] = "support-area", ["taxi-meter"] = "inspection-kind",
        }, withChoices);
    }

    private static SurveyResponse Purpose(string id, string? purpose)
    {
        var answers = new Dictionary<string, string> { ["overall"] = "5" };
        if (purpose is not null)
        {
            answers["purpose"] = purpose;
        }
        return new SurveyResponse(id, "counter", 1, March, "metrology", "counter", "zh-TW", answers);
    }
}
