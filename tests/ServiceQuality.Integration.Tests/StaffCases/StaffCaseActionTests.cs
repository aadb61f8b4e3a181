using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.DevHosting;
using ServiceQuality.Domain.Audit;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Email;
using ServiceQuality.Domain.Time;
using ServiceQuality.Integration.Tests.Hosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.StaffCases;

/// <summary>The case page's actions through the local host: each one stored, audited under the signed-in person, or refused with nothing stored.</summary>
[Collection(StaffCasesCollection.Name)]
public sealed class StaffCaseActionTests(StaffCasesFixture fixture)
{
    private const string TriageName = "陳怡君 <" + TestStaff.Triage + ">";

    [Fact]
    public async Task Correcting_the_category_routes_the_case_keeps_a_training_label_and_names_the_signed_in_person()
    {
        var c = await fixture.Seed.AddAsync(10, CaseSeed.NeedingReview);
        using var triage = await StaffCasePages.SignInAsync(fixture.Host, TestStaff.Triage);

        using var response = await triage.PostAsync(c.Number, "category", new Dictionary<string, string> { ["category"] = "regulation-inquiry" }, language: "en");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"/staff/cases/{c.Number}?lang=en&done=category", response.Headers.Location!.OriginalString);
        var stored = await triage.CaseAsync(c.Number);
        Assert.Equal(("regulation-inquiry", "inspection-1", CaseStatus.Routed), (stored.Category, stored.UnitId, stored.Status));
        Assert.Equal(TriageName, stored.History.Last().Actor);
        var label = (await new TableServiceClient(fixture.Azurite.ConnectionString).GetTableClient("TrainingLabels")
            .GetEntityAsync<TableEntity>("complaint-category", c.Number.ToString())).Value;
        Assert.Equal(("regulation-inquiry", TriageName), (label.GetString("Label"), label.GetString("Actor")));
        Assert.Contains(await AuditAsync(), e => e.Resource == c.Number.ToString() && e.Action == AuditActions.CategoryChanged && e.Actor == TriageName);
        var (_, page) = await triage.GetAsync(response.Headers.Location.OriginalString);
        Assert.Contains("category was corrected", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_from_a_template_reaches_the_citizen_with_the_agencys_phone_and_closing_invites_them_to_the_survey()
    {
        const string email = "reply.citizen@example.tw";
        var c = await fixture.Seed.AddAsync(10, email: email);
        var links = fixture.Host.Services.GetRequiredService<CaseStatusLinks>();
        await fixture.Host.Services.GetRequiredService<IEmailRecipientStore>().ConfirmAsync(links.RecipientKey(email), DateTimeOffset.UtcNow, CancellationToken.None);
        using var triage = await StaffCasePages.SignInAsync(fixture.Host, TestStaff.Triage);

        var (_, filled) = await triage.GetAsync($"/staff/cases/{c.Number}?template=inspection-result");
        var text = filled.QuerySelector("#reply")!.TextContent;
        using var reply = await triage.PostAsync(c.Number, "reply", new Dictionary<string, string> { ["reply"] = text + "\n請勿回撥 0912-000-111。" });
        using var close = await triage.PostAsync(c.Number, "close");

        Assert.Contains("(02)2345-0000", text, StringComparison.Ordinal);
        Assert.Contains(c.Number.ToString(), text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, reply.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, close.StatusCode);
        var stored = await triage.CaseAsync(c.Number);
        Assert.Equal(CaseStatus.Closed, stored.Status);
        Assert.Contains("(02)2345-0000", stored.Reply, StringComparison.Ordinal);
        Assert.DoesNotContain("0912-000-111", stored.Reply, StringComparison.Ordinal);
        var sent = await OutboxAsync(email, EmailKinds.Reply, EmailKinds.SurveyInvitation);
        Assert.Contains("(02)2345-0000", sent[EmailKinds.Reply].TextBody, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(), e => e.Resource == c.Number.ToString() && e.Action == AuditActions.Replied && e.Actor == TriageName);
        Assert.Contains(await AuditAsync(), e => e.Resource == c.Number.ToString() && e.Action == AuditActions.Closed && e.Actor == TriageName);
    }

    [Fact]
    public async Task Contact_details_are_shown_only_after_asking_and_the_reading_is_audited()
    {
        const string email = "contact.citizen@example.tw";
        var c = await fixture.Seed.AddAsync(10, email: email);
        using var triage = await StaffCasePages.SignInAsync(fixture.Host, TestStaff.Triage);

        var (_, before) = await triage.GetAsync($"/staff/cases/{c.Number}");
        var auditBefore = (await AuditAsync()).Count(e => e.Resource == c.Number.ToString() && e.Action == AuditActions.ViewedContacts);
        using var shown = await triage.PostAsync(c.Number, "contact");

        Assert.DoesNotContain(email, before.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(0, auditBefore);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal("no-store", shown.Headers.CacheControl!.ToString());
        Assert.Contains(email, (await StaffCasePages.ParseAsync(shown)).QuerySelector(".contact-facts")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await AuditAsync(), e => e.Resource == c.Number.ToString() && e.Action == AuditActions.ViewedContacts && e.Actor == TriageName);
    }

    [Fact]
    public async Task A_post_without_a_valid_token_is_refused_and_changes_nothing()
    {
        var c = await fixture.Seed.AddAsync(10, CaseSeed.NeedingReview);
        using var triage = await StaffCasePages.SignInAsync(fixture.Host, TestStaff.Triage);
        using var other = await StaffCasePages.SignInAsync(fixture.Host, TestStaff.TriageAndTester);
        var someoneElses = await other.TokenAsync(c.Number);

        using var missing = await triage.PostAsync(c.Number, "category", new Dictionary<string, string> { ["category"] = "other" }, token: "");
        using var forged = await triage.PostAsync(c.Number, "category", new Dictionary<string, string> { ["category"] = "other" }, token: someoneElses);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var stored = await triage.CaseAsync(c.Number);
        Assert.Equal((CaseStatus.NeedsReview, "metrology-dispute"), (stored.Status, stored.Category));
        Assert.DoesNotContain(await AuditAsync(), e => e.Resource == c.Number.ToString());
    }

    [Fact]
    public async Task Bad_input_shows_the_page_again_with_the_error_and_stores_nothing()
    {
        var c = await fixture.Seed.AddAsync(10);
        using var triage = await StaffCasePages.SignInAsync(fixture.Host, TestStaff.Triage);

        using var emptyReply = await triage.PostAsync(c.Number, "reply", new Dictionary<string, string> { ["reply"] = "   " }, language: "en");
        using var unknownCategory = await triage.PostAsync(c.Number, "category", new Dictionary<string, string> { ["category"] = "gossip" });
        using var earlyClose = await triage.PostAsync(c.Number, "close", language: "en");

        Assert.Equal(HttpStatusCode.BadRequest, emptyReply.StatusCode);
        Assert.Equal("true", (await StaffCasePages.ParseAsync(emptyReply)).QuerySelector("#reply")!.GetAttribute("aria-invalid"));
        Assert.Equal(HttpStatusCode.BadRequest, unknownCategory.StatusCode);
        Assert.NotNull((await StaffCasePages.ParseAsync(unknownCategory)).QuerySelector("#err-category"));
        Assert.Equal(HttpStatusCode.Conflict, earlyClose.StatusCode);
        Assert.Equal("Reply to the citizen before closing the case.", (await StaffCasePages.ParseAsync(earlyClose)).QuerySelector("#err-close")!.TextContent);
        var stored = await triage.CaseAsync(c.Number);
        Assert.Equal((CaseStatus.Routed, "metrology-dispute", (string?)null), (stored.Status, stored.Category, stored.Reply));
        Assert.Equal(c.History.Count, stored.History.Count);
    }

    [Fact]
    public async Task A_unit_member_gets_the_403_page_for_another_units_case_and_for_one_no_unit_has_taken()
    {
        var theirs = await fixture.Seed.AddAsync(10, c => c with { UnitId = "inspection-2", Category = "product-safety-incident" });
        var review = await fixture.Seed.AddAsync(10, CaseSeed.NeedingReview);
        var mine = await fixture.Seed.AddAsync(10);
        using var metrology = await StaffCasePages.SignInAsync(fixture.Host, TestStaff.UnitMetrology);
        var token = await metrology.TokenAsync(mine.Number);

        var (other, page) = await metrology.GetAsync($"/staff/cases/{theirs.Number}?lang=en");
        var (unassigned, _) = await metrology.GetAsync($"/staff/cases/{review.Number}");
        var (own, _) = await metrology.GetAsync($"/staff/cases/{mine.Number}");
        using var post = await metrology.PostAsync(theirs.Number, "close", token: token);

        Assert.Equal(HttpStatusCode.Forbidden, other);
        Assert.Equal("This case is not your unit's", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(theirs.Text, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, unassigned);
        Assert.Equal(HttpStatusCode.OK, own);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task A_unit_member_who_sends_a_case_to_another_unit_is_returned_to_their_inbox()
    {
        var c = await fixture.Seed.AddAsync(10);
        using var metrology = await StaffCasePages.SignInAsync(fixture.Host, TestStaff.UnitMetrology);

        using var response = await metrology.PostAsync(c.Number, "category", new Dictionary<string, string> { ["category"] = "product-safety-incident" });
        var (after, _) = await metrology.GetAsync($"/staff/cases/{c.Number}");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/staff/cases", response.Headers.Location!.OriginalString);
        Assert.Equal("inspection-2", (await metrology.CaseAsync(c.Number)).UnitId);
        Assert.Equal(HttpStatusCode.Forbidden, after);
    }

    [Fact]
    public async Task An_unknown_reply_template_is_400_naming_it()
    {
        var c = await fixture.Seed.AddAsync(10);
        using var triage = await StaffCasePages.SignInAsync(fixture.Host, TestStaff.Triage);

        var (status, page) = await triage.GetAsync($"/staff/cases/{c.Number}?template=no-such-template&lang=en");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("There is no such reply template.", page.QuerySelector(".error-summary li")!.TextContent);
        Assert.Equal("", page.QuerySelector("#reply")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_case_is_the_404_page()
    {
        using var triage = await StaffCasePages.SignInAsync(fixture.Host, TestStaff.Triage);

        var (missing, _) = await triage.GetAsync($"/staff/cases/{CaseSeed.Today.Year}-999999");
        var (malformed, _) = await triage.GetAsync("/staff/cases/not-a-case");

        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal(HttpStatusCode.NotFound, malformed);
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync()
    {
        var entries = new List<AuditEntry>();
        await foreach (var entry in fixture.Host.Services.GetRequiredService<IAuditTrail>().ListMonthAsync(MonthKey.Of(DateTimeOffset.UtcNow), CancellationToken.None))
        {
            entries.Add(entry);
        }
        return entries;
    }

    private async Task<IReadOnlyDictionary<string, OutgoingEmail>> OutboxAsync(string to, params string[] kinds) =>
        await Eventually.GetAsync<IReadOnlyDictionary<string, OutgoingEmail>>(async () =>
        {
            var found = new Dictionary<string, OutgoingEmail>();
            await foreach (var email in fixture.Host.Services.GetRequiredService<IEmailOutboxStore>().ListRecentAsync(500, CancellationToken.None))
            {
                if (email.To == to && kinds.Contains(email.Kind))
                {
                    found.TryAdd(email.Kind, email);
                }
            }
            return found.Count == kinds.Length ? found : null;
        }, TimeSpan.FromSeconds(60));
}
