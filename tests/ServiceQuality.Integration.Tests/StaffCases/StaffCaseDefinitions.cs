using ServiceQuality.Domain.Calendar;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Classification;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.DevHosting;

namespace ServiceQuality.Integration.Tests.StaffCases;

/// <summary>The repository's own data files, as the staff case pages are rendered with them.</summary>
public static class StaffCaseDefinitions
{
    private static string Folder => Path.Combine(RepositoryPaths.Root, "functions", "definitions");

    public static AgencyOrganisation Organisation { get; } = AgencyOrganisation.LoadFrom(Path.Combine(Folder, "organisation.json"));

    public static CategoryMap Categories { get; } = CategoryMap.LoadFrom(Path.Combine(Folder, "classification", "categories.json"), Organisation);

    public static Labels Labels { get; } = Labels.LoadFrom(Path.Combine(Folder, "labels.json"));

    public static WorkingDayCalendar Calendar { get; } = WorkingDayCalendar.LoadFrom(Path.Combine(Folder, "calendar"));

    public static ReplyTemplates Templates { get; } = ReplyTemplates.LoadFrom(Path.Combine(Folder, "replies"), Organisation);
}
