using System.Globalization;
using ServiceQuality.Domain.Comments;
using ServiceQuality.Domain.Privacy;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Tests.Builders;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;
using Xunit;

namespace ServiceQuality.Domain.Tests.Comments;

public sealed class CommentReaderTests
{
    private static readonly MonthKey March = new(2026, 3);
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly InMemorySurveyComments _store = new();

    [Fact]
    public async Task Filters_by_unit_overall_score_and_topic_combine()
    {
        await AddAsync(1, "metrology", 2, "waiting-time");
        await AddAsync(2, "metrology", 2, "staff-attitude");
        await AddAsync(3, "metrology", 5, "waiting-time");
        await AddAsync(4, "office-north", 2, "waiting-time");
        await AddAsync(5, null, 2, "waiting-time");

        var page = await ReadAsync(new CommentQuery("counter", March, "metrology", 2, "waiting-time", 1));
        var unstated = await ReadAsync(new CommentQuery("counter", March, SurveyRollup.Unspecified, null, null, 1));

        Assert.Equal(["c1"], page.Comments.Select(c => c.ResponseId));
        Assert.Equal(1, page.Total);
        Assert.Equal(["c5"], unstated.Comments.Select(c => c.ResponseId));
    }

    [Fact]
    public async Task Comments_come_newest_first_a_page_at_a_time()
    {
        for (var i = 1; i <= CommentReader.PageSize + 5; i++)
        {
            await AddAsync(i, "metrology", 3, "other");
        }

        var first = await ReadAsync(new CommentQuery("counter", March, null, null, null, 1));
        var second = await ReadAsync(new CommentQuery("counter", March, null, null, null, 2));

        Assert.Equal((CommentReader.PageSize + 5, 2), (first.Total, first.PageCount));
        Assert.Equal($"c{CommentReader.PageSize + 5}", first.Comments[0].ResponseId);
        Assert.Equal(CommentReader.PageSize, first.Comments.Count);
        Assert.Equal(["c5", "c4", "c3", "c2", "c1"], second.Comments.Select(c => c.ResponseId));
    }

    [Fact]
    public async Task Personal_data_in_a_stored_comment_is_masked_on_the_way_out()
    {
        await AddAsync(1, "metrology", 1, "staff-attitude", "請打0912-345-678或寫信到wang@example.com給我");

        var comment = (await ReadAsync(new CommentQuery("counter", March, null, null, null, 1))).Comments.Single();

        Assert.DoesNotContain("0912-345-678", comment.Text);
        Assert.DoesNotContain("wang@example.com", comment.Text);
        Assert.Contains("請打", comment.Text);
    }

    [Fact]
    public void The_query_defaults_to_the_first_survey_and_the_current_month_and_names_every_bad_field()
    {
        var errors = new ValidationErrors();
        var defaults = CommentQuery.Parse(new Dictionary<string, string?>(), Definitions.Catalog, March, errors);

        var bad = new ValidationErrors();
        var rejected = CommentQuery.Parse(new Dictionary<string, string?>
        {
            ["survey"] = "no-such-survey", ["month"] = "2026-13", ["score"] = "6", ["page"] = "0",
        }, Definitions.Catalog, March, bad);

        Assert.Equal(new CommentQuery(Definitions.Catalog.All.First().Id, March, null, null, null, 1), defaults);
        Assert.Null(rejected);
        Assert.Equal(["month", "page", "score", "survey"], bad.All.Select(e => e.Field).Order());
    }

    private Task<CommentPage> ReadAsync(CommentQuery query) =>
        new CommentReader(_store, new PersonalDataMasker()).ReadAsync(query, CancellationToken.None);

    private Task AddAsync(int n, string? unit, int score, string topic, string text = "等太久了") =>
        _store.UpsertAsync(new SurveyComment("counter", "2026-03", "c" + n.ToString(CultureInfo.InvariantCulture), "comment", text, score, unit,
            CommentStatus.Classified, Start.AddMinutes(n), topic, 0.8f, "negative", 0.7f), CancellationToken.None);
}
