using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Etiquette;

public sealed class EtiquetteRubricTests
{
    private const string Grades = """
        "grades": [
          { "id": "excellent", "minScore": 90, "commend": true, "name": { "zh-TW": "優良", "en": "Excellent" } },
          { "id": "retest", "minScore": 0, "retestWithinDays": 30, "name": { "zh-TW": "複測", "en": "Retest" } }
        ]
        """;

    [Fact]
    public void The_shipped_rubric_has_six_bilingual_items_worth_100_points_and_three_grades()
    {
        var rubric = EtiquetteDefinitions.Rubric;

        Assert.Equal(6, rubric.Items.Count);
        Assert.Equal(100, rubric.Items.Sum(i => i.MaxPoints));
        Assert.All(rubric.Items, i => Assert.True(i.Name.IsComplete));
        Assert.Equal("Answered within three rings", rubric.Find("answered-promptly")!.Name["en"]);
        Assert.Equal(["excellent", "satisfactory", "retest"], rubric.Grades.Select(g => g.Id));
    }

    [Fact]
    public void Points_that_do_not_add_up_to_100_stop_the_load_naming_the_sum()
    {
        var json = Rubric("""
            { "id": "greeting", "maxPoints": 50, "name": { "zh-TW": "問候", "en": "Greeting" } },
            { "id": "closing", "maxPoints": 45, "name": { "zh-TW": "結語", "en": "Closing" } }
            """);

        var error = Assert.Throws<EtiquetteRubricException>(() => EtiquetteRubric.Parse(json, "rubric.json"));

        Assert.StartsWith("rubric.json:", error.Message);
        Assert.Contains("add up to 95", error.Message);
        Assert.Contains("must add up to 100", error.Message);
    }

    [Theory]
    [InlineData("""{ "id": "greeting", "maxPoints": 50, "name": { "zh-TW": "問候", "en": "Greeting" } }, { "id": "greeting", "maxPoints": 50, "name": { "zh-TW": "問候", "en": "Greeting" } }""", "used twice")]
    [InlineData("""{ "id": "greeting", "maxPoints": 100, "name": { "zh-TW": "問候" } }""", "\"en\"")]
    [InlineData("""{ "id": "Greeting Item", "maxPoints": 100, "name": { "zh-TW": "問候", "en": "Greeting" } }""", "kebab-case")]
    [InlineData("""{ "id": "greeting", "maxPoints": 0, "name": { "zh-TW": "問候", "en": "Greeting" } }, { "id": "rest", "maxPoints": 100, "name": { "zh-TW": "其他", "en": "Rest" } }""", "maxPoints")]
    public void A_broken_item_stops_the_load_with_its_reason(string items, string reason)
    {
        var error = Assert.Throws<EtiquetteRubricException>(() => EtiquetteRubric.Parse(Rubric(items), "rubric.json"));

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Grades_without_a_band_from_zero_are_refused()
    {
        var json = """
            { "version": 1,
              "items": [ { "id": "all", "maxPoints": 100, "name": { "zh-TW": "全部", "en": "All" } } ],
              "grades": [ { "id": "excellent", "minScore": 90, "name": { "zh-TW": "優良", "en": "Excellent" } } ] }
            """;

        var error = Assert.Throws<EtiquetteRubricException>(() => EtiquetteRubric.Parse(json, "rubric.json"));

        Assert.Contains("minScore 0", error.Message);
    }

    [Fact]
    public void Malformed_json_and_a_missing_file_are_reported_clearly()
    {
        Assert.Contains("not valid JSON", Assert.Throws<EtiquetteRubricException>(() => EtiquetteRubric.Parse("{ \"items\": [", "rubric.json")).Message);
        Assert.Contains("does not exist", Assert.Throws<EtiquetteRubricException>(() => EtiquetteRubric.LoadFrom("/no/such/rubric.json")).Message);
    }

    [Theory]
    [InlineData(100, "excellent")]
    [InlineData(90, "excellent")]
    [InlineData(89, "satisfactory")]
    [InlineData(70, "satisfactory")]
    [InlineData(69, "retest")]
    [InlineData(0, "retest")]
    public void A_total_falls_in_the_highest_band_whose_minimum_it_reaches(int total, string grade)
    {
        Assert.Equal(grade, EtiquetteDefinitions.Rubric.Grade(total).Id);
    }

    [Fact]
    public void Only_the_top_band_commends_and_only_the_bottom_band_asks_for_a_retest_within_30_days()
    {
        var rubric = EtiquetteDefinitions.Rubric;

        Assert.True(rubric.Grade(95).Commend);
        Assert.False(rubric.Grade(80).Commend || rubric.Grade(80).RequiresRetest);
        Assert.Equal(30, rubric.Grade(50).RetestWithinDays);
    }

    [Fact]
    public void The_total_is_the_sum_of_the_item_scores()
    {
        var scores = new Dictionary<string, int>
        {
            ["answered-promptly"] = 10, ["greeting"] = 15, ["courtesy"] = 20, ["accuracy"] = 25, ["transfer"] = 5, ["closing"] = 10,
        };

        Assert.Equal(85, EtiquetteDefinitions.Rubric.Total(scores));
    }

    private static string Rubric(string items) => $$"""
        { "version": 1, "items": [ {{items}} ], {{Grades}} }
        """;
}
