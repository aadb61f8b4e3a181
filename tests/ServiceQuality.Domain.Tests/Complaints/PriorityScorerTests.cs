using ServiceQuality.Domain.Classification;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Complaints;

public sealed class PriorityScorerTests
{
    private static readonly PriorityScorer Scorer = PriorityScorer.LoadFrom(Path.Combine(Definitions.Folder, "classification", "priority-terms.json"));
    private static readonly CategoryMap Categories = CategoryMap.LoadFrom(Path.Combine(Definitions.Folder, "classification", "categories.json"), Definitions.Organisation);

    [Fact]
    public void A_safety_incident_with_fire_and_an_injured_child_is_top_priority()
    {
        var score = Scorer.Score(Categories.Find("product-safety-incident"), "行動電源充電時起火，小孩手被燙傷送急診");

        Assert.Equal(100, score);
    }

    [Fact]
    public void Urgent_language_raises_even_a_regulation_question()
    {
        var plain = Scorer.Score(Categories.Find("regulation-inquiry"), "請問電暖器要貼什麼標章？");
        var shock = Scorer.Score(Categories.Find("regulation-inquiry"), "請問電暖器要貼什麼標章？我昨天被它電到");

        Assert.Equal(20, plain);
        Assert.Equal(50, shock);
    }

    [Fact]
    public void English_injury_language_counts_too()
    {
        Assert.True(Scorer.Score(Categories.Find("other"), "The heater caught fire and my son got a burn") >= 70);
    }

    [Fact]
    public void Each_category_routes_to_a_unit_of_the_organisation()
    {
        Assert.Equal(7, Categories.All.Count);
        Assert.All(Categories.All, c => Assert.NotNull(Definitions.Organisation.Find(c.UnitId)));
    }
}
