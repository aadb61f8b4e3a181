using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ServiceQuality.Handlers.Http.Requests;

/// <summary>Reads a request body within a size limit, after checking its content type.</summary>
public static class RequestBody
{
    /// <summary>The largest body any endpoint accepts: a survey response is a few kilobytes at most.</summary>
    public const int MaxBytes = 32 * 1024;

    public const string Json = "application/json";
    public const string Form = "application/x-www-form-urlencoded";

    public static bool HasContentType(HttpRequest request, string expected) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && (type.MediaType.Equals(expected, StringComparison.OrdinalIgnoreCase)
            || (expected == Json && type.MediaType.Value is { } media && media.StartsWith("application/", StringComparison.OrdinalIgnoreCase)
                && media.EndsWith("+json", StringComparison.OrdinalIgnoreCase)));

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, CancellationToken cancellationToken, int limit = MaxBytes)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }
        // Content-Length may be absent (chunked) or wrong, so the limit is enforced on what is read as well.
        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
