using System.Text.Json;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Handlers.Staff;

/// <summary>
/// The people in functions/definitions/staff.json: their id (e-mail or UPN, as Entra ID names them), name, unit
/// and roles. Easy Auth's app roles add to these roles; the unit always comes from here.
/// </summary>
public sealed class StaffDirectory
{
    private readonly Dictionary<string, StaffMember> _byId;

    public StaffDirectory(IReadOnlyList<StaffMember> people)
    {
        People = people;
        _byId = people.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<StaffMember> People { get; }

    /// <summary>The person with this e-mail or UPN, compared without regard to case as Entra ID does.</summary>
    public StaffMember? Find(string? id) => id is not null && _byId.TryGetValue(id, out var person) ? person : null;

    /// <summary>Reads and checks the file; an unknown unit or role, a duplicate or a missing field stops the host.</summary>
    public static StaffDirectory LoadFrom(string path, AgencyOrganisation organisation)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new SurveyDefinitionException($"The staff file '{path}' does not exist.");
        }
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        if (!document.RootElement.TryGetProperty("staff", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new SurveyDefinitionException($"{file}: the file must hold a \"staff\" array.");
        }
        var people = new List<StaffMember>();
        foreach (var entry in list.EnumerateArray())
        {
            var id = Text(entry, "id");
            if (id is null || !id.Contains('@', StringComparison.Ordinal) || id.Any(char.IsWhiteSpace))
            {
                throw new SurveyDefinitionException($"{file}: every person needs an \"id\", their e-mail or UPN (found '{id}').");
            }
            var name = Text(entry, "name") ?? throw new SurveyDefinitionException($"{file}: {id} has no \"name\".");
            var unit = Text(entry, "unit");
            if (unit is not null && organisation.Find(unit) is null)
            {
                throw new SurveyDefinitionException($"{file}: {id} belongs to unit '{unit}', which organisation.json does not list.");
            }
            var roles = entry.TryGetProperty("roles", out var r) && r.ValueKind == JsonValueKind.Array
                ? r.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
                : [];
            if (roles.Count == 0)
            {
                throw new SurveyDefinitionException($"{file}: {id} has no \"roles\".");
            }
            if (roles.FirstOrDefault(role => !StaffRoles.IsKnown(role)) is { } unknown)
            {
                throw new SurveyDefinitionException($"{file}: {id} has the unknown role '{unknown}'; the roles are {string.Join(", ", StaffRoles.All)}.");
            }
            if (roles.Contains(StaffRoles.Unit) && unit is null)
            {
                throw new SurveyDefinitionException($"{file}: {id} has the role 'unit' but no \"unit\".");
            }
            if (people.Any(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase)))
            {
                throw new SurveyDefinitionException($"{file}: {id} is listed twice.");
            }
            people.Add(new StaffMember(id, name, unit, new HashSet<string>(roles, StringComparer.Ordinal)));
        }
        return new StaffDirectory(people);
    }

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}
