namespace ServiceQuality.ModelRegistry.Tests.Storage;

public sealed class ModelNamingTests
{
    [Theory]
    [InlineData("complaint-category")]
    [InlineData("comment-sentiment")]
    [InlineData("hotel-reviews-2026")]
    [InlineData("a")]
    public void Kebab_case_names_are_model_names(string name) => Assert.True(ModelNameRules.IsValid(name));

    [Theory]
    [InlineData("")]
    [InlineData("Complaint-Category")]
    [InlineData("complaint_category")]
    [InlineData("complaint--category")]
    [InlineData("-complaint")]
    [InlineData("complaint-")]
    [InlineData("../models")]
    [InlineData("a/b")]
    [InlineData("a b")]
    [InlineData(null)]
    public void Anything_that_could_escape_a_blob_path_is_not_a_model_name(string? name)
    {
        Assert.False(ModelNameRules.IsValid(name));
        Assert.Throws<ArgumentException>(() => ModelNameRules.Validate(name));
    }

    [Fact]
    public void A_name_longer_than_the_limit_is_refused() =>
        Assert.False(ModelNameRules.IsValid(new string('a', ModelNameRules.MaximumLength + 1)));

    [Fact]
    public void Versions_are_utc_timestamps_to_the_second_with_a_suffix_for_later_runs_in_that_second()
    {
        var taipeiEvening = new DateTimeOffset(2026, 11, 24, 3, 5, 1, 999, TimeSpan.FromHours(8));

        Assert.Equal("20261123T190501Z", ModelVersions.From(taipeiEvening));
        Assert.Equal("20261123T190501Z-01", ModelVersions.From(taipeiEvening, 1));
        Assert.Equal("20261123T190501Z-12", ModelVersions.From(taipeiEvening, 12));
        Assert.True(string.CompareOrdinal(ModelVersions.From(taipeiEvening), ModelVersions.From(taipeiEvening, 1)) < 0);
        Assert.True(string.CompareOrdinal(ModelVersions.From(taipeiEvening, 9), ModelVersions.From(taipeiEvening.AddSeconds(1))) < 0);
    }
}
