using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Domain.Tests.Builders;

/// <summary>The definition files the project ships, as copied beside the test binaries.</summary>
public static class Definitions
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "definitions");

    public static SurveyCatalog Catalog { get; } = SurveyCatalog.LoadFrom(Path.Combine(Folder, "surveys"));

    public static AgencyOrganisation Organisation { get; } = AgencyOrganisation.LoadFrom(Path.Combine(Folder, "organisation.json"));

    public static SurveyDefinition Counter => Catalog.Find("counter")!;
}
