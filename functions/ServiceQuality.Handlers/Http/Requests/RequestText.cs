using System.Text.Json;
using System.Text.Unicode;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Handlers.Http.Requests;

/// <summary>
/// Text a request may carry. JSON can escape a lone surrogate ("\ud800") that no UTF-8 store or e-mail can
/// hold, and a body can carry bytes that are not UTF-8 at all; both are refused here, naming the field,
/// instead of failing later when the text is decoded or written.
/// </summary>
public static class RequestText
{
    private const int MaxFieldNameLength = 64;

    public static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => Utf8.IsValid(bytes);

    /// <summary>Every property name and string value under <paramref name="element"/> decodes to well-formed text.</summary>
    public static void CheckStrings(JsonElement element, string path, ValidationErrors errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!TryDecodeName(property, out var name))
                    {
                        errors.Add(path.Length == 0 ? "body" : path, "欄位名稱含有無效的字元。", "A property name holds invalid text (a lone surrogate).");
                        continue;
                    }
                    CheckStrings(property.Value, Join(path, name), errors);
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckStrings(item, $"{path}[{index++}]", errors);
                }
                break;
            case JsonValueKind.String when !TryDecode(element, out _):
                errors.Add(path.Length == 0 ? "body" : path, "文字含有無效的字元。", "The text holds an invalid character (a lone surrogate or invalid UTF-8).");
                break;
        }
    }

    /// <summary>True when the text has no lone surrogate: what a form field decoded leniently is checked with.</summary>
    public static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool TryDecode(JsonElement element, out string? text)
    {
        // System.Text.Json throws on an escaped lone surrogate when the string is decoded; that is the only
        // way it reports one, so the exception is caught here, once, rather than by every binder.
        try
        {
            text = element.GetString();
            return text is null || IsWellFormed(text);
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    private static bool TryDecodeName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return IsWellFormed(name);
        }
        catch (InvalidOperationException)
        {
            name = "";
            return false;
        }
    }

    private static string Join(string path, string name)
    {
        var shown = name.Length <= MaxFieldNameLength ? name : name[..MaxFieldNameLength];
        return path.Length == 0 ? shown : $"{path}.{shown}";
    }
}
