using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ServiceQuality.Integration.Tests.Builders;
using ServiceQuality.Integration.Tests.Hosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Surveys;

/// <summary>What a citizen reads on the zh-TW pages: the agency's name, full-width punctuation, questions named in errors.</summary>
[Collection(LocalHostCollection.Name)]
public sealed partial class ChinesePageTextTests(LocalHostFixture fixture)
{
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string> CitizenPages => new() { "/surveys/counter", "/surveys/service", "/surveys/taxi-meter", "/complaints", "/surveys/counter/thanks", "/surveys/petition", "/surveys/no-such-survey" };

    [Theory]
    [MemberData(nameof(CitizenPages))]
    public async Task The_header_names_the_agency_from_the_organisation_file(string path)
    {
        var page = Parser.ParseDocument(await (await fixture.Client.GetAsync(path)).Content.ReadAsStringAsync());

        Assert.Equal("範例標準檢驗局分局", page.QuerySelector("header .agency")?.TextContent);
    }

    [Theory]
    [MemberData(nameof(CitizenPages))]
    public async Task Chinese_text_uses_full_width_punctuation(string path)
    {
        var page = Parser.ParseDocument(await (await fixture.Client.GetAsync(path)).Content.ReadAsStringAsync());
        var texts = page.Body!.QuerySelectorAll("*:not(script):not(style)").SelectMany(e => e.ChildNodes.Where(n => n.NodeType == AngleSharp.Dom.NodeType.Text).Select(n => n.TextContent))
            .Concat(page.QuerySelectorAll("[aria-label],[placeholder],[data-required-message]").SelectMany(e => new[] { e.GetAttribute("aria-label"), e.GetAttribute("placeholder"), e.GetAttribute("data-required-message") }).OfType<string>());

        Assert.DoesNotContain(texts, t => HalfWidthAfterChinese().IsMatch(t));
    }

    [Fact]
    public async Task The_error_summary_names_each_unanswered_question()
    {
        var response = await fixture.Client.PostAsync("/surveys/counter?lang=zh-TW", new FormUrlEncodedContent(new Dictionary<string, string>(FormTokenFor.NewForm(fixture.Host))
        {
            ["lang"] = "zh-TW",
            ["answers.waiting-time"] = "5",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        var entries = page.QuerySelectorAll(".error-summary li").Select(li => li.TextContent).ToList();
        Assert.Equal(entries.Count, entries.Distinct().Count());
        Assert.Contains(entries, e => e.Contains("整體", StringComparison.Ordinal));
        Assert.All(entries, e => Assert.StartsWith("「", e));
    }

    [Fact]
    public async Task Internal_offices_are_not_offered_on_a_citizen_survey()
    {
        var page = Parser.ParseDocument(await fixture.Client.GetStringAsync("/surveys/counter"));
        var units = page.QuerySelectorAll("#unit option").Select(o => o.TextContent).ToList();

        Assert.Contains("南區辦事處", units);
        Assert.DoesNotContain("人事室", units);
        Assert.DoesNotContain("會計室", units);
    }

    // A Chinese character followed by an ASCII colon, full stop, comma, semicolon, question or exclamation mark.
    [GeneratedRegex(@"[\u4e00-\u9fff][:.,;?!](?![0-9A-Za-z/])")]
    private static partial Regex HalfWidthAfterChinese();
}
