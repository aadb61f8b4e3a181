using System.Text.Json;
using System.Text.RegularExpressions;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;

namespace ServiceQuality.Domain.Cases;

/// <summary>The reply templates staff choose from on a case page, read once at start-up from definitions/replies/{id}.json.</summary>
public sealed partial class ReplyTemplates
{
    public ReplyTemplates(IEnumerable<ReplyTemplate> templates)
    {
        All = templates.ToList();
        if (All.Count == 0)
        {
            throw new ReplyTemplateException("There is no reply template; add one to definitions/replies/.");
        }
    }

    /// <summary>In the order of their file names, which is the order staff see them in.</summary>
    public IReadOnlyList<ReplyTemplate> All { get; }

    public ReplyTemplate? Find(string? id) => All.FirstOrDefault(t => t.Id == id);

    /// <summary>
    /// Reads every *.json in <paramref name="directory"/>. A file whose name is no id, a text missing a language, or a
    /// placeholder that is unknown or that the organisation cannot fill (an agency phone where organisation.json lists
    /// none) stops the host with its reason.
    /// </summary>
    public static ReplyTemplates LoadFrom(string directory, AgencyOrganisation organisation)
    {
        if (!Directory.Exists(directory))
        {
            throw new ReplyTemplateException($"The reply templates folder '{directory}' does not exist.");
        }
        var available = ReplyTemplateValues.Available(organisation);
        return new ReplyTemplates(Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(f => Read(f, available)));
    }

    private static ReplyTemplate Read(string path, IReadOnlySet<string> available)
    {
        var file = Path.GetFileName(path);
        var id = Path.GetFileNameWithoutExtension(path);
        if (!Id().IsMatch(id))
        {
            throw new ReplyTemplateException($"{file}: the file name must be a lowercase kebab-case id.");
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new ReplyTemplateException($"{file}: not valid JSON ({e.Message}).");
        }
        using (document)
        {
            var template = new ReplyTemplate(id, Text(document.RootElement, "title", file), Text(document.RootElement, "text", file));
            var unknown = template.Placeholders.Except(ReplyTemplateValues.All).ToList();
            if (unknown.Count > 0)
            {
                throw new ReplyTemplateException($"{file}: unknown placeholders {string.Join(", ", unknown.Select(u => "{{" + u + "}}"))}.");
            }
            var unfilled = template.Placeholders.Except(available).ToList();
            if (unfilled.Count > 0)
            {
                throw new ReplyTemplateException($"{file}: organisation.json has no contact for {string.Join(", ", unfilled.Select(u => "{{" + u + "}}"))}.");
            }
            return template;
        }
    }

    private static LocalizedText Text(JsonElement root, string name, string file)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.Object)
        {
            throw new ReplyTemplateException($"{file}: '{name}' must be an object of language to text.");
        }
        var text = new LocalizedText(element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? "" : ""));
        return text.IsComplete ? text : throw new ReplyTemplateException($"{file}: '{name}' needs both zh-TW and en.");
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Id();
}
