using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Surveys;

public sealed class SurveyDefinitionTests
{
    [Fact]
    public void The_six_surveys_of_the_programme_are_shipped_with_one_overall_item_each()
    {
        Assert.Equal(
            ["counter", "customer-case", "internal", "petition", "service", "taxi-meter"],
            Definitions.Catalog.All.Select(s => s.Id));
        Assert.All(Definitions.Catalog.All, s => Assert.Equal(QuestionType.Likert, s.OverallQuestion.Type));
        Assert.All(Definitions.Catalog.All, s => Assert.True(s.OverallQuestion.Required));
    }

    [Fact]
    public void Every_likert_question_asks_how_satisfied_the_respondent_is_as_its_scale_answers()
    {
        var likert = Definitions.Catalog.All.SelectMany(s => s.Questions.Where(q => q.Type == QuestionType.Likert).Select(q => (s.Id, q))).ToList();

        Assert.All(likert, x => Assert.Contains("滿意", x.q.Text["zh-TW"]));
        Assert.All(likert, x => Assert.Contains("satisf", x.q.Text["en"], StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(likert, x => x.q.Text["zh-TW"].Contains("是否清楚易懂", StringComparison.Ordinal));
    }

    [Fact]
    public void Internal_offices_are_left_off_citizen_surveys_and_kept_on_the_staff_survey()
    {
        var counter = Definitions.Organisation.UnitsFor(Definitions.Catalog.Find("counter")!).Select(u => u.Name["zh-TW"]).ToList();
        var staff = Definitions.Organisation.UnitsFor(Definitions.Catalog.Find("internal")!).Select(u => u.Name["zh-TW"]).ToList();

        Assert.DoesNotContain("人事室", counter);
        Assert.DoesNotContain("會計室", counter);
        Assert.Contains("人事室", staff);
        Assert.Contains("會計室", staff);
        Assert.Contains("南區辦事處", counter);
    }

    [Fact]
    public void Every_shipped_text_is_in_chinese_and_english()
    {
        foreach (var survey in Definitions.Catalog.All)
        {
            Assert.True(survey.Title.IsComplete, survey.Id);
            Assert.All(survey.Questions, q => Assert.True(q.Text.IsComplete, $"{survey.Id}/{q.Id}"));
            Assert.All(survey.Questions.SelectMany(q => q.Options), o => Assert.True(o.Text.IsComplete, $"{survey.Id}/{o.Value}"));
        }
        Assert.All(Definitions.Organisation.Units, u => Assert.True(u.Name.IsComplete, u.Id));
    }

    [Fact]
    public void A_definition_with_two_overall_items_is_refused_at_load()
    {
        var json = Definition("""
            {"id":"a","type":"likert","required":true,"overall":true,"text":{"zh-TW":"甲","en":"A"}},
            {"id":"b","type":"likert","required":true,"overall":true,"text":{"zh-TW":"乙","en":"B"}}
            """);

        var error = Assert.Throws<SurveyDefinitionException>(() => SurveyDefinitionReader.Read(json, "bad.json"));
        Assert.Contains("exactly one", error.Message);
    }

    [Fact]
    public void A_definition_missing_an_english_text_is_refused_at_load()
    {
        var json = Definition("""{"id":"a","type":"likert","required":true,"overall":true,"text":{"zh-TW":"甲"}}""");

        var error = Assert.Throws<SurveyDefinitionException>(() => SurveyDefinitionReader.Read(json, "bad.json"));
        Assert.Contains("'text'", error.Message);
    }

    [Fact]
    public void A_question_of_unknown_type_is_refused_at_load()
    {
        var json = Definition("""{"id":"a","type":"slider","required":true,"overall":true,"text":{"zh-TW":"甲","en":"A"}}""");

        Assert.Throws<SurveyDefinitionException>(() => SurveyDefinitionReader.Read(json, "bad.json"));
    }

    private static string Definition(string questions) => $$"""
        {"id":"test","version":1,
         "title":{"zh-TW":"測試","en":"Test"},"intro":{"zh-TW":"測試","en":"Test"},"method":{"zh-TW":"測試","en":"Test"},
         "questions":[{{questions}}]}
        """;
}
