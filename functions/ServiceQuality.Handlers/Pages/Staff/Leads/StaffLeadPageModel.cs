using ServiceQuality.Domain.Leads;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Handlers.Pages.Staff.Leads;

/// <summary>
/// One lead's page: the lead, the open leads it could be merged into, what the last action did, and, after a
/// refused merge or split, the errors and the choices made so that they are shown again.
/// </summary>
public sealed record StaffLeadPageModel(
    SellerLead Lead,
    IReadOnlyList<SellerLead> Others,
    string? MessageHtml = null,
    ValidationErrors? Errors = null,
    string? ChosenInto = null,
    IReadOnlyCollection<string>? ChosenCases = null);
