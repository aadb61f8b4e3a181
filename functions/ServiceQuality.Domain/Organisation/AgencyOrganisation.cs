using System.Text.Json;
using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Organisation;

/// <summary>The agency and its units, read from the organisation file.</summary>
public sealed class AgencyOrganisation(
    LocalizedText agencyName, IReadOnlyList<Unit> units, IReadOnlyList<ReportRecipient>? reportRecipients = null, AgencyContacts? contacts = null)
{
    public AgencyContacts Contacts { get; } = contacts ?? AgencyContacts.None;

    /// <summary>The units a citizen can be asked about: every unit but the internal ones.</summary>
    public IEnumerable<Unit> CitizenUnits => Units.Where(u => !u.Internal);

    /// <summary>
    /// The agency's own phone numbers and e-mail addresses, and every unit's: a reply quotes them to the citizen,
    /// so they are never masked as personal data.
    /// </summary>
    public IReadOnlyList<string> PublicContactDetails =>
        [.. Contacts.Phones, .. Contacts.Emails, .. Units.Select(u => u.Email).OfType<string>()];

    /// <summary>The managers who receive the monthly report summary.</summary>
    public IReadOnlyList<ReportRecipient> ReportRecipients { get; } = reportRecipients ?? [];

    public LocalizedText AgencyName { get; } = agencyName;

    public IReadOnlyList<Unit> Units { get; } = units;

    public Unit? Find(string id) => Units.FirstOrDefault(u => u.Id == id);

    public static AgencyOrganisation LoadFrom(string path)
    {
        if (!File.Exists(path))
        {
            throw new OrganisationFileException($"The organisation file '{path}' does not exist.");
        }
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var units = root.GetProperty("units").EnumerateArray()
            .Select(u => new Unit(
                u.GetProperty("id").GetString()!,
                u.TryGetProperty("kind", out var k) ? k.GetString() ?? "section" : "section",
                ReadText(u.GetProperty("name")),
                u.TryGetProperty("email", out var e) ? e.GetString() : null,
                u.TryGetProperty("internal", out var i) && i.ValueKind == JsonValueKind.True))
            .ToList();
        var duplicate = units.GroupBy(u => u.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new OrganisationFileException($"{Path.GetFileName(path)}: unit id '{duplicate.Key}' is used twice.");
        }
        var recipients = root.TryGetProperty("reportRecipients", out var r)
            ? r.EnumerateArray().Select(m => new ReportRecipient(
                m.GetProperty("email").GetString()!,
                m.TryGetProperty("name", out var n) ? n.GetString() : null,
                m.TryGetProperty("language", out var l) ? Language.Normalise(l.GetString()) : Language.TraditionalChinese)).ToList()
            : [];
        return new AgencyOrganisation(ReadText(root.GetProperty("agency")), units, recipients, ReadContacts(root));
    }

    private static AgencyContacts ReadContacts(JsonElement root)
    {
        if (!root.TryGetProperty("contacts", out var contacts))
        {
            return AgencyContacts.None;
        }
        IReadOnlyList<string> Strings(string name) =>
            contacts.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
        var addresses = contacts.TryGetProperty("addresses", out var a) ? a.EnumerateArray().Select(ReadText).ToList() : [];
        return new AgencyContacts(Strings("phones"), Strings("emails"), addresses);
    }

    private static LocalizedText ReadText(JsonElement element) =>
        new(element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? ""));
}
