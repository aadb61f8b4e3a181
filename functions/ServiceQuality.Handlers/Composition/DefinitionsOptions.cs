namespace ServiceQuality.Handlers.Composition;

/// <summary>Where the data files (surveys, organisation) are read from; beside the binaries unless configured.</summary>
public sealed class DefinitionsOptions
{
    public const string Section = "Definitions";

    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "definitions");

    public string SurveysPath => System.IO.Path.Combine(Path, "surveys");

    public string OrganisationPath => System.IO.Path.Combine(Path, "organisation.json");

    /// <summary>The staff members, their units and roles.</summary>
    public string StaffPath => System.IO.Path.Combine(Path, "staff.json");

    /// <summary>The names shown for channel, e-mail kind and language codes.</summary>
    public string LabelsPath => System.IO.Path.Combine(Path, "labels.json");

    public string CalendarPath => System.IO.Path.Combine(Path, "calendar");

    public string MarketplacesPath => System.IO.Path.Combine(Path, "leads", "marketplaces.json");

    /// <summary>The reply templates staff choose from on a case page.</summary>
    public string RepliesPath => System.IO.Path.Combine(Path, "replies");

    public string CategoriesPath => System.IO.Path.Combine(Path, "classification", "categories.json");

    public string PriorityTermsPath => System.IO.Path.Combine(Path, "classification", "priority-terms.json");
}
