using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using ServiceQuality.Handlers.Staff;
using ServiceQuality.Integration.Tests.Security;
using Xunit;

namespace ServiceQuality.Integration.Tests.Staff;

public sealed class StaffFormsTests
{
    private static readonly StaffMember Chen = new("chen.yijun@branch.example.gov.tw", "陳怡君", "service-centre", new HashSet<string> { StaffRoles.Triage });
    private static readonly StaffMember Lin = new("lin.zhiming@branch.example.gov.tw", "林志明", "inspection-1", new HashSet<string> { StaffRoles.Unit });
    private readonly SettableClock _clock = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
    private readonly StaffForms _forms;

    public StaffFormsTests() => _forms = new StaffForms(Options.Create(new StaffOptions { SignInKey = "a-key-for-these-tests" }), _clock);

    private IFormCollection Form(string? token) =>
        new FormCollection(token is null ? [] : new Dictionary<string, StringValues> { [_forms.FieldName] = token });

    [Fact]
    public void A_token_is_valid_for_the_person_it_was_rendered_for()
    {
        Assert.True(_forms.IsValid(Form(_forms.TokenFor(Chen)), Chen));
    }

    [Fact]
    public void A_token_of_another_person_a_missing_or_an_altered_one_is_refused()
    {
        var token = _forms.TokenFor(Chen);

        Assert.False(_forms.IsValid(Form(token), Lin));
        Assert.False(_forms.IsValid(Form(null), Chen));
        Assert.False(_forms.IsValid(Form(token[..^2] + "xx"), Chen));
    }

    [Fact]
    public void A_token_older_than_its_lifetime_is_refused()
    {
        var token = _forms.TokenFor(Chen);
        _clock.Advance(new StaffOptions().FormTokenLifetime + TimeSpan.FromMinutes(1));

        Assert.False(_forms.IsValid(Form(token), Chen));
    }
}
