using ServiceQuality.DevHosting;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace ServiceQuality.Integration.Tests.StaffCases;

/// <summary>The JSON case list in the inbox's working order (issue: a closed priority-95 case came first, needs-review cases last).</summary>
[Collection(StaffCasesCollection.Name)]
public sealed class CaseListApiOrderTests(StaffCasesFixture fixture)
{
    [Fact]
    public async Task The_case_list_puts_needs_review_first_and_a_closed_case_of_top_priority_last()
    {
        var closed = await fixture.Seed.AddAsync(-30, c => CaseSeed.Closed(c with { Priority = 95 }));
        var routed = await fixture.Seed.AddAsync(20);
        var review = await fixture.Seed.AddAsync(40, CaseSeed.NeedingReview);
        using var triage = await fixture.Host.CreateStaffClientAsync(TestStaff.Triage);

        var list = await triage.GetFromJsonAsync<JsonElement>("/api/cases");

        var listed = list.EnumerateArray().Select(c => (Number: c.GetProperty("caseNumber").GetString(), Status: c.GetProperty("status").GetString())).ToList();
        int At(ServiceQuality.Domain.Cases.Case c) => listed.FindIndex(l => l.Number == c.Number.ToString());
        Assert.True(At(review) < At(routed), "The case needing review comes before the routed one.");
        Assert.True(At(routed) < At(closed), "The closed case comes after the open ones.");
        Assert.All(listed.Skip(At(closed)), l => Assert.Equal("closed", l.Status));
    }
}
