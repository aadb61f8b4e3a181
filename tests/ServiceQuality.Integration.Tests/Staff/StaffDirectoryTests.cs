using ServiceQuality.DevHosting;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Handlers.Staff;
using Xunit;

namespace ServiceQuality.Integration.Tests.Staff;

public sealed class StaffDirectoryTests : IDisposable
{
    private static readonly string Definitions = Path.Combine(RepositoryPaths.Root, "functions", "definitions");
    private readonly AgencyOrganisation _organisation = AgencyOrganisation.LoadFrom(Path.Combine(Definitions, "organisation.json"));
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"staff-{Guid.NewGuid():N}.json");

    [Fact]
    public void The_staff_file_has_someone_for_every_role_and_unit_users_of_two_units()
    {
        var directory = StaffDirectory.LoadFrom(Path.Combine(Definitions, "staff.json"), _organisation);

        foreach (var role in StaffRoles.All)
        {
            Assert.Contains(directory.People, p => p.Has(role));
        }
        Assert.True(directory.People.Where(p => p.Has(StaffRoles.Unit)).Select(p => p.UnitId).Distinct().Count() >= 2);
        Assert.Equal("陳怡君", directory.Find(TestStaff.Triage.ToUpperInvariant())!.Name);
    }

    [Theory]
    [InlineData("""{"id":"a@x.gov.tw","name":"甲","unit":"no-such-unit","roles":["unit"]}""", "no-such-unit")]
    [InlineData("""{"id":"a@x.gov.tw","name":"甲","roles":["superuser"]}""", "superuser")]
    [InlineData("""{"id":"a@x.gov.tw","name":"甲","roles":["unit"]}""", "no \"unit\"")]
    [InlineData("""{"id":"a@x.gov.tw","name":"甲","roles":[]}""", "no \"roles\"")]
    [InlineData("""{"id":"not an e-mail","name":"甲","roles":["triage"]}""", "e-mail or UPN")]
    [InlineData("""{"id":"a@x.gov.tw","roles":["triage"]}""", "no \"name\"")]
    public void A_staff_file_with_a_mistake_stops_the_host_with_a_clear_message(string person, string expected)
    {
        File.WriteAllText(_file, $$"""{"staff":[{{person}}]}""");

        var error = Assert.Throws<SurveyDefinitionException>(() => StaffDirectory.LoadFrom(_file, _organisation));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_person_listed_twice_stops_the_host()
    {
        File.WriteAllText(_file, """{"staff":[{"id":"a@x.gov.tw","name":"甲","roles":["triage"]},{"id":"A@x.gov.tw","name":"乙","roles":["admin"]}]}""");

        Assert.Contains("twice", Assert.Throws<SurveyDefinitionException>(() => StaffDirectory.LoadFrom(_file, _organisation)).Message);
    }

    public void Dispose() => File.Delete(_file);
}
