using System.Text.Json;
using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Email;

/// <summary>The e-mail templates, read once at start-up from definitions/email/{kind}.json.</summary>
public sealed class EmailTemplates
{
    private readonly Dictionary<string, EmailTemplate> _templates;

    public EmailTemplates(IEnumerable<EmailTemplate> templates)
    {
        _templates = templates.ToDictionary(t => t.Kind, StringComparer.Ordinal);
        var missing = EmailKinds.All.Where(k => !_templates.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new EmailTemplateException($"E-mail templates are missing for: {string.Join(", ", missing)}.");
        }
    }

    public EmailTemplate Get(string kind) =>
        _templates.GetValueOrDefault(kind) ?? throw new EmailTemplateException($"There is no e-mail template '{kind}'.");

    /// <summary>The message rendered in its language; zh-TW unless the citizen chose English.</summary>
    public OutgoingEmail Render(EmailMessage message)
    {
        var (subject, text, html) = Get(message.Template).Render(message.Language, message.Values);
        return new OutgoingEmail(message.Id, message.Template, Language.Normalise(message.Language), message.To, message.ToName,
            subject, text, html, message.Values.GetValueOrDefault(EmailValues.Link), message.CreatedAt);
    }

    public static EmailTemplates LoadFrom(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new EmailTemplateException($"The e-mail templates folder '{directory}' does not exist.");
        }
        return new EmailTemplates(Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(Read));
    }

    private static EmailTemplate Read(string path)
    {
        var file = Path.GetFileName(path);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var kind = Path.GetFileNameWithoutExtension(path);
        var template = new EmailTemplate(kind, Text(root, "subject", file), Text(root, "text", file), Text(root, "html", file));
        var unknown = template.Placeholders.Except(EmailValues.All).ToList();
        if (unknown.Count > 0)
        {
            throw new EmailTemplateException($"{file}: unknown placeholders {string.Join(", ", unknown.Select(u => "{{" + u + "}}"))}.");
        }
        return template;
    }

    private static LocalizedText Text(JsonElement root, string name, string file)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.Object)
        {
            throw new EmailTemplateException($"{file}: '{name}' must be an object of language to text.");
        }
        var text = new LocalizedText(element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? ""));
        return text.IsComplete ? text : throw new EmailTemplateException($"{file}: '{name}' needs both zh-TW and en.");
    }
}
