using System.Text.Json;

namespace ServiceQuality.Domain.Localization;

/// <summary>
/// What people read for the codes the system stores: channels (counter, kiosk, web…), e-mail kinds and languages,
/// from definitions/labels.json. A code without a label is shown as it is, so a new code is never hidden.
/// </summary>
public sealed class Labels(
    IReadOnlyDictionary<string, LocalizedText> channels,
    IReadOnlyDictionary<string, LocalizedText> emailKinds,
    IReadOnlyDictionary<string, LocalizedText> languages)
{
    public static Labels None { get; } = new(new Dictionary<string, LocalizedText>(), new Dictionary<string, LocalizedText>(), new Dictionary<string, LocalizedText>());

    public string Channel(string code, string language) => Of(channels, code, language);

    public string EmailKind(string code, string language) => Of(emailKinds, code, language);

    public string Language(string code, string language) => Of(languages, code, language);

    /// <summary>The channels named for a reader, joined as the language joins a list (、 in Chinese).</summary>
    public LocalizedText ChannelList(IEnumerable<string> codes)
    {
        var list = codes.ToList();
        return LocalizedText.Of(
            string.Join("、", list.Select(c => Channel(c, Localization.Language.TraditionalChinese))),
            string.Join(", ", list.Select(c => Channel(c, Localization.Language.English))));
    }

    public static Labels LoadFrom(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        return new Labels(Read(root, "channels"), Read(root, "emailKinds"), Read(root, "languages"));
    }

    private static Dictionary<string, LocalizedText> Read(JsonElement root, string name) =>
        root.TryGetProperty(name, out var map)
            ? map.EnumerateObject().ToDictionary(p => p.Name, p => new LocalizedText(p.Value.EnumerateObject().ToDictionary(t => t.Name, t => t.Value.GetString() ?? "")))
            : [];

    private static string Of(IReadOnlyDictionary<string, LocalizedText> labels, string code, string language) =>
        labels.TryGetValue(code, out var text) ? text[language] : code;
}
