using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Validation;
using Xunit;

namespace ServiceQuality.Domain.Tests.Cases;

public sealed class CaseInboxQueryTests
{
    private static readonly string[] Units = ["metrology", "inspection-2"];
    private static readonly string[] Categories = ["metrology-dispute", "other"];

    private static (CaseInboxQuery? Query, ValidationErrors Errors) Parse(params (string Name, string? Value)[] fields)
    {
        var errors = new ValidationErrors();
        var query = CaseInboxQuery.Parse(fields.ToDictionary(f => f.Name, f => f.Value), 2026, Units, Categories, errors);
        return (query, errors);
    }

    [Fact]
    public void No_fields_mean_the_current_year_open_cases_and_the_first_page()
    {
        var (query, _) = Parse();

        Assert.Equal(new CaseInboxQuery(2026), query);
    }

    [Fact]
    public void Every_filter_is_read_and_empty_ones_mean_any()
    {
        var (query, _) = Parse(("year", "2025"), ("unit", "metrology"), ("category", "other"), ("status", "replied"), ("channel", "email"),
            ("due", "overdue"), ("closed", "true"), ("page", "3"));
        var (blank, _) = Parse(("unit", ""), ("category", " "), ("status", ""), ("channel", ""), ("closed", ""));

        Assert.Equal(new CaseInboxQuery(2025, "metrology", "other", "replied", "email", true, 3, CaseInboxQuery.Overdue), query);
        Assert.Equal(new CaseInboxQuery(2026), blank);
    }

    [Theory]
    [InlineData("year", "20x6")]
    [InlineData("year", "1999")]
    [InlineData("unit", "nowhere")]
    [InlineData("category", "gossip")]
    [InlineData("status", "lost")]
    [InlineData("channel", "pigeon")]
    [InlineData("closed", "maybe")]
    [InlineData("due", "yesterday")]
    [InlineData("page", "0")]
    [InlineData("page", "-1")]
    public void A_bad_field_is_named_and_gives_no_query(string name, string value)
    {
        var (query, errors) = Parse((name, value));

        Assert.Null(query);
        Assert.True(errors.Has(name));
        Assert.Single(errors.All);
    }
}
