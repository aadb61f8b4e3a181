using System.Text.Json;
using System.Text.RegularExpressions;
using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Etiquette;

/// <summary>
/// The phone-etiquette rubric and its grade bands, read from data so the agency can change the weights
/// without a release. The points of the items always add up to <see cref="TotalPoints"/>.
/// </summary>
public sealed partial class EtiquetteRubric
{
    public const int TotalPoints = 100;

    private EtiquetteRubric(int version, LocalizedText title, IReadOnlyList<RubricItem> items, IReadOnlyList<GradeBand> grades)
    {
        Version = version;
        Title = title;
        Items = items;
        Grades = grades;
    }

    public int Version { get; }

    public LocalizedText Title { get; }

    /// <summary>The items in the order testers score them.</summary>
    public IReadOnlyList<RubricItem> Items { get; }

    /// <summary>The grade bands, highest minimum first.</summary>
    public IReadOnlyList<GradeBand> Grades { get; }

    public RubricItem? Find(string id) => Items.FirstOrDefault(i => i.Id == id);

    public GradeBand? FindGrade(string? id) => Grades.FirstOrDefault(g => g.Id == id);

    /// <summary>The sum of the item scores; items without a score count as zero.</summary>
    public int Total(IReadOnlyDictionary<string, int> scores) =>
        Items.Sum(i => scores.TryGetValue(i.Id, out var score) ? score : 0);

    /// <summary>The band a total falls in: the highest band whose minimum it reaches.</summary>
    public GradeBand Grade(int total) => Grades.First(g => total >= g.MinScore);

    public static EtiquetteRubric LoadFrom(string path)
    {
        if (!File.Exists(path))
        {
            throw new EtiquetteRubricException($"The phone-etiquette rubric '{path}' does not exist.");
        }
        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <param name="source">The file name, to start every error message with.</param>
    public static EtiquetteRubric Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new EtiquetteRubricException($"{source}: not valid JSON ({ex.Message}).");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new EtiquetteRubricException($"{source}: the rubric must be a JSON object.");
            }
            var version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && n >= 1
                ? n
                : throw new EtiquetteRubricException($"{source}: 'version' must be a whole number from 1.");
            var title = root.TryGetProperty("title", out var t) ? ReadText(t, source, "'title'") : LocalizedText.Of("電話禮貌測試", "Phone-etiquette test");
            var items = ReadItems(root, source);
            var grades = ReadGrades(root, source);
            return new EtiquetteRubric(version, title, items, grades);
        }
    }

    private static List<RubricItem> ReadItems(JsonElement root, string source)
    {
        if (!root.TryGetProperty("items", out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            throw new EtiquetteRubricException($"{source}: 'items' must be a non-empty array.");
        }
        var items = new List<RubricItem>();
        foreach (var element in array.EnumerateArray())
        {
            var id = ReadId(element, source, $"items[{items.Count}]");
            var where = $"item '{id}'";
            if (items.Any(i => i.Id == id))
            {
                throw new EtiquetteRubricException($"{source}: item id '{id}' is used twice.");
            }
            if (!element.TryGetProperty("maxPoints", out var p) || p.ValueKind != JsonValueKind.Number || !p.TryGetInt32(out var points) || points < 1)
            {
                throw new EtiquetteRubricException($"{source}: {where} must have 'maxPoints', a whole number of at least 1.");
            }
            items.Add(new RubricItem(id, ReadName(element, source, where), points));
        }
        var sum = items.Sum(i => i.MaxPoints);
        if (sum != TotalPoints)
        {
            throw new EtiquetteRubricException(
                $"{source}: the items' maxPoints add up to {sum}, but they must add up to {TotalPoints} ({string.Join(" + ", items.Select(i => $"{i.Id} {i.MaxPoints}"))}).");
        }
        return items;
    }

    private static List<GradeBand> ReadGrades(JsonElement root, string source)
    {
        if (!root.TryGetProperty("grades", out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            throw new EtiquetteRubricException($"{source}: 'grades' must be a non-empty array.");
        }
        var grades = new List<GradeBand>();
        foreach (var element in array.EnumerateArray())
        {
            var id = ReadId(element, source, $"grades[{grades.Count}]");
            var where = $"grade '{id}'";
            if (grades.Any(g => g.Id == id))
            {
                throw new EtiquetteRubricException($"{source}: grade id '{id}' is used twice.");
            }
            if (!element.TryGetProperty("minScore", out var m) || m.ValueKind != JsonValueKind.Number || !m.TryGetInt32(out var min) || min is < 0 or > TotalPoints)
            {
                throw new EtiquetteRubricException($"{source}: {where} must have 'minScore', a whole number from 0 to {TotalPoints}.");
            }
            if (grades.Any(g => g.MinScore == min))
            {
                throw new EtiquetteRubricException($"{source}: two grades start at {min}.");
            }
            var commend = element.TryGetProperty("commend", out var c) && c.ValueKind == JsonValueKind.True;
            int? retest = null;
            if (element.TryGetProperty("retestWithinDays", out var r))
            {
                retest = r.ValueKind == JsonValueKind.Number && r.TryGetInt32(out var days) && days >= 1
                    ? days
                    : throw new EtiquetteRubricException($"{source}: {where} has 'retestWithinDays' that is not a whole number of at least 1.");
            }
            if (commend && retest is not null)
            {
                throw new EtiquetteRubricException($"{source}: {where} cannot both commend and require a retest.");
            }
            grades.Add(new GradeBand(id, min, ReadName(element, source, where), commend, retest));
        }
        // Every total from 0 up must fall in some band.
        if (grades.All(g => g.MinScore != 0))
        {
            throw new EtiquetteRubricException($"{source}: one grade must have minScore 0, so that every total has a grade.");
        }
        return grades.OrderByDescending(g => g.MinScore).ToList();
    }

    private static string ReadId(JsonElement element, string source, string where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new EtiquetteRubricException($"{source}: {where} must be an object.");
        }
        if (!element.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String || !KebabId().IsMatch(idElement.GetString()!))
        {
            throw new EtiquetteRubricException($"{source}: {where} must have an 'id' in lowercase kebab-case.");
        }
        return idElement.GetString()!;
    }

    private static LocalizedText ReadName(JsonElement element, string source, string where) =>
        ReadText(element.TryGetProperty("name", out var name) ? name : default, source, $"{where}'s 'name'");

    private static LocalizedText ReadText(JsonElement text, string source, string what)
    {
        var values = text.ValueKind == JsonValueKind.Object
            ? text.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : "")
            : [];
        var localized = new LocalizedText(values);
        return localized.IsComplete
            ? localized
            : throw new EtiquetteRubricException($"{source}: {what} must be an object with both a \"zh-TW\" and an \"en\" text.");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabId();
}
