using ServiceQuality.Domain.Email;
using ServiceQuality.Domain.Organisation;

namespace ServiceQuality.Domain.Cases;

/// <summary>
/// The placeholders a reply template may use: facts of the case and the agency's own published contacts
/// (organisation.json), which masking keeps, so a sent reply still gives the citizen a number to call.
/// </summary>
public static class ReplyTemplateValues
{
    public const string CaseNumber = "caseNumber";
    public const string FiledDate = "filedDate";
    public const string DueDate = "dueDate";
    public const string UnitName = "unitName";
    public const string AgencyName = "agencyName";
    public const string AgencyPhone = "agencyPhone";
    public const string AgencyEmail = "agencyEmail";
    public const string AgencyAddress = "agencyAddress";

    public static IReadOnlyList<string> All { get; } = [CaseNumber, FiledDate, DueDate, UnitName, AgencyName, AgencyPhone, AgencyEmail, AgencyAddress];

    /// <summary>The values for <paramref name="c"/> in <paramref name="language"/>; a contact the organisation lacks is left out.</summary>
    public static IReadOnlyDictionary<string, string> For(Case c, AgencyOrganisation organisation, string language)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CaseNumber] = c.Number.ToString(),
            [FiledDate] = CaseEmails.DateText(Time.TaipeiTime.DateOf(c.FiledAt), language),
            [DueDate] = CaseEmails.DateText(c.DueDate, language),
            [UnitName] = c.UnitId is not null && organisation.Find(c.UnitId) is { } unit ? unit.Name[language] : organisation.AgencyName[language],
            [AgencyName] = organisation.AgencyName[language],
        };
        if (organisation.Contacts.Phones.FirstOrDefault() is { } phone)
        {
            values[AgencyPhone] = phone;
        }
        if (organisation.Contacts.Emails.FirstOrDefault() is { } email)
        {
            values[AgencyEmail] = email;
        }
        if (organisation.Contacts.Addresses.FirstOrDefault() is { } address)
        {
            values[AgencyAddress] = address[language];
        }
        return values;
    }

    /// <summary>The contact placeholders the organisation can fill; a template using another stops the host.</summary>
    public static IReadOnlySet<string> Available(AgencyOrganisation organisation)
    {
        var available = new HashSet<string>(All, StringComparer.Ordinal);
        if (organisation.Contacts.Phones.Count == 0)
        {
            available.Remove(AgencyPhone);
        }
        if (organisation.Contacts.Emails.Count == 0)
        {
            available.Remove(AgencyEmail);
        }
        if (organisation.Contacts.Addresses.Count == 0)
        {
            available.Remove(AgencyAddress);
        }
        return available;
    }
}
