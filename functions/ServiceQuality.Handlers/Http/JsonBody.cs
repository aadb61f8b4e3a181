using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Handlers.Http;

/// <summary>Reads a small JSON object body for staff actions, or the problem that explains why it cannot be read.</summary>
public static class JsonBody
{
    public static async Task<(JsonElement? Body, IResult? Problem)> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!RequestBody.HasContentType(request, RequestBody.Json))
        {
            return (null, Problems.UnsupportedMediaType(RequestBody.Json));
        }
        if (await RequestBody.ReadAsync(request, cancellationToken) is not { } bytes)
        {
            return (null, Problems.TooLarge(RequestBody.MaxBytes));
        }
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return (document.RootElement.Clone(), null);
            }
        }
        catch (JsonException)
        {
        }
        var errors = new ValidationErrors().Add("body", "內容須為 JSON 物件。", "The body must be a JSON object.");
        return (null, Problems.Invalid(errors, ApiLanguage.Of(request)));
    }

    public static string? String(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
