using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Handlers.Http.Requests;

/// <summary>
/// Reads every JSON request body the API accepts: the content type, the size limit, valid UTF-8, a JSON object
/// at the root and text that can be stored. Endpoints bind fields from the object this returns, so no binder
/// meets a body that could not be decoded.
/// </summary>
public static class JsonBody
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    public static async Task<(JsonElement? Body, ProblemHttpResult? Problem)> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!RequestBody.HasContentType(request, RequestBody.Json))
        {
            return (null, Problems.UnsupportedMediaType(RequestBody.Json));
        }
        if (await RequestBody.ReadAsync(request, cancellationToken) is not { } bytes)
        {
            return (null, Problems.TooLarge(RequestBody.MaxBytes));
        }
        var errors = Parse(bytes, out var body);
        return errors.IsEmpty ? (body, null) : (null, Problems.InvalidBody(errors, ApiLanguage.Of(request)));
    }

    /// <summary>The body as a JSON object, or the errors that say why it is not one.</summary>
    public static ValidationErrors Parse(ReadOnlyMemory<byte> bytes, out JsonElement body)
    {
        body = default;
        var errors = new ValidationErrors();
        if (!RequestText.IsValidUtf8(bytes.Span))
        {
            return errors.Add("body", "內容含有無效的 UTF-8 位元組。", "The body is not valid UTF-8.");
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException ex)
        {
            return errors.Add("body", "內容不是有效的 JSON。", $"The body is not valid JSON: {ex.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return errors.Add("body", "內容須為 JSON 物件。", "The body must be a JSON object.");
            }
            RequestText.CheckStrings(document.RootElement, "", errors);
            if (errors.IsEmpty)
            {
                body = document.RootElement.Clone();
            }
            return errors;
        }
    }

    /// <summary>A string property, or null when it is absent or not a string.</summary>
    public static string? String(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
