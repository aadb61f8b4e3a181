using System.Text.Json;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;

namespace ServiceQuality.Domain.Classification;

/// <summary>The complaint categories and the unit each is routed to, from the categories data file.</summary>
public sealed class CategoryMap(IReadOnlyList<ComplaintCategory> categories)
{
    public IReadOnlyList<ComplaintCategory> All { get; } = categories;

    public ComplaintCategory? Find(string? id) => All.FirstOrDefault(c => c.Id == id);

    public static CategoryMap LoadFrom(string path, AgencyOrganisation organisation)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var categories = document.RootElement.GetProperty("categories").EnumerateArray()
            .Select(c => new ComplaintCategory(
                c.GetProperty("id").GetString()!,
                new LocalizedText(c.GetProperty("name").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "")),
                c.GetProperty("unit").GetString()!,
                c.GetProperty("basePriority").GetInt32()))
            .ToList();
        var unknown = categories.FirstOrDefault(c => organisation.Find(c.UnitId) is null);
        if (unknown is not null)
        {
            throw new InvalidOperationException($"{Path.GetFileName(path)}: category '{unknown.Id}' routes to unknown unit '{unknown.UnitId}'.");
        }
        return new CategoryMap(categories);
    }
}
