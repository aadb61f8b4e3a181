using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Handlers.Http.Requests;

/// <summary>
/// Reads every form post the pages accept: the content type, the size limit and text that can be stored.
/// The last value of a repeated field wins, as a browser sends one value per field.
/// </summary>
public static class FormBody
{
    public static async Task<(IReadOnlyDictionary<string, string?>? Fields, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!RequestBody.HasContentType(request, RequestBody.Form))
        {
            return (null, Problems.UnsupportedMediaType(RequestBody.Form));
        }
        if (await RequestBody.ReadAsync(request, cancellationToken) is not { } bytes)
        {
            return (null, Problems.TooLarge(RequestBody.MaxBytes));
        }
        var errors = Parse(bytes, out var fields);
        return errors.IsEmpty ? (fields, null) : (null, Problems.InvalidBody(errors, ApiLanguage.Of(request)));
    }

    public static ValidationErrors Parse(ReadOnlyMemory<byte> bytes, out IReadOnlyDictionary<string, string?> fields)
    {
        fields = new Dictionary<string, string?>();
        var errors = new ValidationErrors();
        if (!RequestText.IsValidUtf8(bytes.Span))
        {
            return errors.Add("body", "內容含有無效的 UTF-8 位元組。", "The body is not valid UTF-8.");
        }
        // Percent-escapes that are not UTF-8 (%FF) decode to U+FFFD, which is stored as any other character.
        var parsed = QueryHelpers.ParseQuery("?" + Encoding.UTF8.GetString(bytes.Span))
            .ToDictionary(f => f.Key, f => (string?)f.Value.LastOrDefault(), StringComparer.Ordinal);
        foreach (var (name, value) in parsed)
        {
            if (!RequestText.IsWellFormed(name) || (value is not null && !RequestText.IsWellFormed(value)))
            {
                errors.Add(RequestText.IsWellFormed(name) ? name : "body", "文字含有無效的字元。", "The text holds an invalid character.");
            }
        }
        fields = parsed;
        return errors;
    }
}
