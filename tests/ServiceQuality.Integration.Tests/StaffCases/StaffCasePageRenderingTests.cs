using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Pages.Staff.Cases;
using Xunit;

namespace ServiceQuality.Integration.Tests.StaffCases;

/// <summary>The inbox and case page as rendered, without a host: structure, marks, kept filters and what stays hidden.</summary>
public sealed class StaffCasePageRenderingTests
{
    private static readonly HtmlParser Parser = new();

    // Wednesday 2026-03-11, noon in Taipei.
    private static readonly DateTimeOffset Now = new(2026, 3, 11, 12, 0, 0, TimeSpan.FromHours(8));

    private static Case NewCase(int sequence, DateOnly due, string status = CaseStatus.Routed, string? unit = "metrology")
    {
        var filed = new DateTimeOffset(due.AddDays(-5).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));
        return new Case(new CaseNumber(2026, sequence), filed, due, "加油機少給油", "加油站的加油機好像少給油，請打[phone]給我。", "web", "zh-TW",
            status, "metrology-dispute", 0.62f, 40, unit, null, null, null, [new CaseEvent(filed, "citizen", "filed", "web"), new CaseEvent(filed.AddMinutes(1), "classifier", "routed", "metrology-dispute (0.62)")]);
    }

    private static IDocument Inbox(IReadOnlyList<Case> cases, IReadOnlyDictionary<string, string?> fields, string language, int total = -1, int page = 1, int pageSize = 25, string? scope = null)
    {
        var query = new CaseInboxQuery(2026, Page: page);
        var inbox = new CaseInboxPage(query, cases, total < 0 ? cases.Count : total, Math.Max(1, ((total < 0 ? cases.Count : total) + pageSize - 1) / pageSize), pageSize, Now);
        var options = new CaseFilterOptions(StaffCaseDefinitions.Organisation, StaffCaseDefinitions.Categories, StaffCaseDefinitions.Labels, 2026, scope);
        var content = StaffInboxPage.Render(inbox, fields, new ValidationErrors(), options, StaffCaseDefinitions.Calendar, language);
        return Parser.ParseDocument($"<html><body><main>{content.Body}</main></body></html>");
    }

    private static IDocument CasePage(Case c, string language, CaseContact? contact = null, bool hasContact = true, ValidationErrors? errors = null,
        IReadOnlyDictionary<string, string?>? values = null, string? done = null)
    {
        var model = new CasePageModel(c, CaseDeadline.Of(c, Now, StaffCaseDefinitions.Calendar), contact, hasContact, done,
            values ?? new Dictionary<string, string?>(), errors ?? new ValidationErrors(), [new("staffFormToken", "token-123")],
            StaffCaseDefinitions.Organisation, StaffCaseDefinitions.Categories, StaffCaseDefinitions.Labels, StaffCaseDefinitions.Templates);
        return Parser.ParseDocument($"<html><body><main>{StaffCasePage.Render(model, language).Body}</main></body></html>");
    }

    private static readonly Dictionary<string, string?> NoFilters = [];

    [Fact]
    public void The_inbox_table_has_a_caption_column_headers_and_a_row_header_linking_each_case()
    {
        var page = Inbox([NewCase(1, new DateOnly(2026, 3, 20))], NoFilters, "zh-TW");

        var table = page.QuerySelector("table.case-table")!;
        Assert.Equal("案件清單", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(8, table.QuerySelectorAll("thead th[scope=col]").Length);
        var link = table.QuerySelector("tbody th[scope=row] a")!;
        Assert.Equal("2026-000001", link.TextContent);
        Assert.Equal("/staff/cases/2026-000001?lang=zh-TW", link.GetAttribute("href"));
        Assert.Contains("度量衡爭議（信心 62%）", table.QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Overdue_due_today_and_needs_review_are_marked_in_words()
    {
        var page = Inbox(
        [
            NewCase(1, new DateOnly(2026, 3, 25), CaseStatus.Received, unit: null),
            NewCase(2, new DateOnly(2026, 3, 10)),
            NewCase(3, new DateOnly(2026, 3, 11)),
            NewCase(4, new DateOnly(2026, 3, 12)),
        ], NoFilters, "en");

        var rows = page.QuerySelectorAll("tbody tr").ToList();
        Assert.Contains("needs review", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Not assigned", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("overdue", rows[1].QuerySelector(".mark-overdue")!.TextContent);
        Assert.Equal("due today", rows[2].QuerySelector(".mark-today")!.TextContent);
        Assert.Null(rows[3].QuerySelector(".mark"));
    }

    [Fact]
    public void Every_filter_control_has_a_label_and_keeps_its_value()
    {
        var fields = new Dictionary<string, string?> { ["unit"] = "metrology", ["category"] = "other", ["status"] = "replied", ["channel"] = "email", ["closed"] = "true", ["year"] = "2025" };

        var page = Inbox([], fields, "zh-TW");

        var form = page.QuerySelector("form.case-filters")!;
        Assert.Equal("get", form.GetAttribute("method"));
        foreach (var control in form.QuerySelectorAll("select, input:not([type=hidden])"))
        {
            Assert.NotNull(form.QuerySelector($"label[for={control.Id}]"));
        }
        Assert.Equal("metrology", form.QuerySelector("#unit option[selected]")!.GetAttribute("value"));
        Assert.Equal("other", form.QuerySelector("#category option[selected]")!.GetAttribute("value"));
        Assert.Equal("replied", form.QuerySelector("#status option[selected]")!.GetAttribute("value"));
        Assert.Equal("email", form.QuerySelector("#channel option[selected]")!.GetAttribute("value"));
        Assert.Equal("2025", form.QuerySelector("#year option[selected]")!.GetAttribute("value"));
        Assert.True(form.QuerySelector("#closed")!.HasAttribute("checked"));
        Assert.Contains("沒有符合條件的案件", page.QuerySelector("#case-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Paging_links_keep_the_filters_and_the_count_says_which_cases_are_shown()
    {
        var fields = new Dictionary<string, string?> { ["unit"] = "metrology", ["closed"] = "true", ["page"] = "2" };
        var cases = Enumerable.Range(26, 25).Select(i => NewCase(i, new DateOnly(2026, 3, 20))).ToList();

        var page = Inbox(cases, fields, "en", total: 60, page: 2);

        Assert.Equal("/staff/cases?lang=en&unit=metrology&closed=true", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/staff/cases?lang=en&unit=metrology&closed=true&page=3", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("60 cases, showing 26 to 50.", page.QuerySelector("#case-count")!.TextContent);
    }

    [Fact]
    public void A_unit_member_is_offered_only_their_own_unit()
    {
        var page = Inbox([], NoFilters, "zh-TW", scope: "metrology");

        Assert.Equal(["metrology"], page.QuerySelectorAll("#unit option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public void The_case_page_shows_the_masked_text_category_unit_and_working_days_left()
    {
        var page = CasePage(NewCase(7, new DateOnly(2026, 3, 17)), "en");

        Assert.Equal("加油站的加油機好像少給油，請打[phone]給我。", page.QuerySelector(".case-text")!.TextContent);
        var facts = page.QuerySelectorAll(".case-facts dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.TextContent);
        Assert.Equal("Metrology dispute (62% confident)", facts["Category"]);
        Assert.Equal("Third Section (Metrology)", facts["Unit"]);
        Assert.Equal("2026-03-17 (4 working days left)", facts["Due"]);
    }

    [Fact]
    public void Contact_details_are_behind_a_post_button_until_they_are_asked_for()
    {
        var c = NewCase(7, new DateOnly(2026, 3, 17));
        var contact = new CaseContact(c.Number, "王小明", "citizen@example.com", "0912-345-678", "zh-TW");

        var hidden = CasePage(c, "zh-TW");
        var shown = CasePage(c, "zh-TW", contact);

        Assert.DoesNotContain("citizen@example.com", hidden.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var form = hidden.QuerySelector("input[name=action][value=contact]")!.Closest("form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/staff/cases/2026-000007?lang=zh-TW", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
        Assert.Contains("citizen@example.com", shown.QuerySelector(".contact-facts")!.TextContent, StringComparison.Ordinal);
        Assert.Null(shown.QuerySelector("input[name=action][value=contact]"));
    }

    [Fact]
    public void Every_action_form_posts_with_the_token_and_every_control_has_a_label()
    {
        var page = CasePage(NewCase(7, new DateOnly(2026, 3, 17)), "zh-TW");

        var posts = page.QuerySelectorAll("form[method=post]").ToList();
        Assert.Equal(["contact", "category", "reply", "close"], posts.Select(f => f.QuerySelector("input[name=action]")!.GetAttribute("value")));
        Assert.All(posts, f => Assert.Equal("/staff/cases/2026-000007?lang=zh-TW", f.GetAttribute("action")));
        Assert.All(posts, f => Assert.Equal("token-123", f.QuerySelector("input[name=staffFormToken]")!.GetAttribute("value")));
        foreach (var control in page.QuerySelectorAll("select, textarea, input:not([type=hidden])"))
        {
            Assert.NotNull(page.QuerySelector($"label[for={control.Id}]"));
        }
        Assert.Equal("metrology-dispute", page.QuerySelector("#category option[selected]")!.GetAttribute("value"));
        Assert.Equal("get", page.QuerySelector("#template")!.Closest("form")!.GetAttribute("method"));
    }

    [Fact]
    public void A_form_sent_back_with_an_error_keeps_what_was_typed_and_ties_the_message_to_the_field()
    {
        var errors = new ValidationErrors().Add("reply", "請填寫回覆內容。", "The reply is required.");

        var page = CasePage(NewCase(7, new DateOnly(2026, 3, 17)), "en", errors: errors, values: new Dictionary<string, string?> { ["reply"] = "  draft " });

        var reply = page.QuerySelector("#reply")!;
        Assert.Equal("true", reply.GetAttribute("aria-invalid"));
        Assert.Contains("err-reply", reply.GetAttribute("aria-describedby")!, StringComparison.Ordinal);
        Assert.Equal("The reply is required.", page.QuerySelector("#err-reply")!.TextContent);
        Assert.Equal("  draft ", reply.TextContent);
        Assert.Equal("#reply", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_closed_case_offers_no_actions_and_lists_its_history_with_actors()
    {
        var c = NewCase(7, new DateOnly(2026, 3, 17)) with { Status = CaseStatus.Closed, Reply = "已處理。", RepliedAt = Now, ClosedAt = Now };
        c = c.With(new CaseEvent(c.FiledAt.AddDays(1), "陳怡君 <chen@example.gov.tw>", "closed"));

        var page = CasePage(c, "zh-TW", done: "close");

        Assert.Empty(page.QuerySelectorAll("input[name=action]:not([value=contact])"));
        Assert.Equal("已結案。", page.QuerySelector("[role=status]")!.TextContent);
        var history = page.QuerySelector("table.history-table")!;
        Assert.Equal("處理紀錄", history.QuerySelector("caption")!.TextContent);
        Assert.Equal(3, history.QuerySelectorAll("tbody th[scope=row]").Length);
        Assert.Contains("陳怡君 <chen@example.gov.tw>", history.TextContent, StringComparison.Ordinal);
        Assert.Contains("結案", history.QuerySelectorAll("tbody tr").Last().TextContent, StringComparison.Ordinal);
    }
}
