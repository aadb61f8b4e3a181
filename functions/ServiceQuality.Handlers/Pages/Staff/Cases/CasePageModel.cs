using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Classification;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Handlers.Pages.Staff.Cases;

/// <summary>Everything the case page shows, as the endpoint gathered it.</summary>
/// <param name="Case">The case, its texts already masked.</param>
/// <param name="Contact">The contact details, only after staff asked to see them (and the reading was audited).</param>
/// <param name="HasContact">Whether there are contact details to ask for.</param>
/// <param name="Done">The action just completed (category, reply, close), for the status message.</param>
/// <param name="Values">What staff typed or chose, kept when a form comes back with errors: category, template, reply.</param>
/// <param name="FormFields">Hidden fields every action form carries (the anti-forgery token).</param>
public sealed record CasePageModel(
    Case Case,
    CaseDeadline Deadline,
    CaseContact? Contact,
    bool HasContact,
    string? Done,
    IReadOnlyDictionary<string, string?> Values,
    ValidationErrors Errors,
    IReadOnlyList<KeyValuePair<string, string>> FormFields,
    AgencyOrganisation Organisation,
    CategoryMap Categories,
    Labels Labels,
    ReplyTemplates Templates);
