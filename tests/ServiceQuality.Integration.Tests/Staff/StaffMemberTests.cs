using ServiceQuality.Handlers.Staff;
using Xunit;

namespace ServiceQuality.Integration.Tests.Staff;

public sealed class StaffMemberTests
{
    private static StaffMember Person(string? unit, params string[] roles) =>
        new("lin.zhiming@branch.example.gov.tw", "林志明", unit, new HashSet<string>(roles));

    [Fact]
    public void A_unit_user_acts_only_on_its_own_unit()
    {
        var person = Person("inspection-1", StaffRoles.Unit);

        Assert.True(person.CanActOnUnit("inspection-1"));
        Assert.False(person.CanActOnUnit("metrology"));
        Assert.False(person.CanActOnUnit(null));
    }

    [Theory]
    [InlineData(StaffRoles.Triage)]
    [InlineData(StaffRoles.Admin)]
    public void Triage_and_admin_act_on_every_unit_and_on_cases_without_one(string role)
    {
        var person = Person("service-centre", role);

        Assert.True(person.CanActOnUnit("metrology"));
        Assert.True(person.CanActOnUnit(null));
    }

    [Fact]
    public void A_manager_acts_on_no_unit_case()
    {
        Assert.False(Person("general-affairs", StaffRoles.Manager).CanActOnUnit("general-affairs"));
    }

    [Fact]
    public void The_audit_name_carries_the_name_and_the_id()
    {
        Assert.Equal("林志明 <lin.zhiming@branch.example.gov.tw>", Person(null, StaffRoles.Unit).AuditName);
    }
}
