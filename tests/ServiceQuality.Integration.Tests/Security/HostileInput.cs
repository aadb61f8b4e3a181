using System.Text;

namespace ServiceQuality.Integration.Tests.Security;

/// <summary>
/// Seeded generators of malformed and hostile input: the same seed gives the same cases, so a failure can
/// be replayed, while the cases still vary far beyond what a hand-written list would cover.
/// </summary>
public sealed class HostileInput(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Scripts =
    [
        "服務品質", "ﾃｽﾄ", "مرحبا", "שלום", "Ωμέγα", "🙂👍🏽", "\u202Eevil\u202C", "e\u0301\u0301\u0301", "\uFEFF", "Ⓐ𝔅𝕮",
        "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "${jndi:ldap://x}", "%00", "\\u0000", "{{7*7}}",
    ];

    public string RouteValue() => Escapable(Pick(
        () => Text(_random.Next(1, 40)),
        () => new string('9', _random.Next(20, 200)),
        () => "-1",
        () => "2026-99",
        () => "..%2F..",
        () => Scripts[_random.Next(Scripts.Length)]));

    // Uri escaping refuses lone surrogates, which a URL cannot carry anyway; a NUL in the path is refused by
    // Kestrel itself before any middleware (covered with the other server-level refusals).
    private static string Escapable(string text) => new(text.Select(c => char.IsSurrogate(c) || c == '\0' ? '\uFFFD' : c).ToArray());

    public string Text(int length)
    {
        var text = new StringBuilder();
        while (text.Length < length)
        {
            text.Append(_random.Next(4) switch
            {
                0 => Scripts[_random.Next(Scripts.Length)],
                1 => ((char)_random.Next(0, 32)).ToString(),
                2 => ((char)_random.Next(0xD800, 0xDFFF)).ToString(),
                _ => ((char)_random.Next(32, 0x3000)).ToString(),
            });
        }
        return text.ToString();
    }

    /// <summary>Printable ASCII, the most a header value can carry: quotes, semicolons, commas, wildcards.</summary>
    public string AsciiText(int length) => new(Enumerable.Range(0, length).Select(_ => (char)_random.Next(33, 127)).ToArray());

    public string Json(int depth = 0) => _random.Next(depth > 4 ? 4 : 8) switch
    {
        0 => _random.Next() % 2 == 0 ? "true" : "null",
        1 => (_random.NextDouble() * 1e12 - 5e11).ToString(System.Globalization.CultureInfo.InvariantCulture),
        2 => System.Text.Json.JsonSerializer.Serialize(Text(_random.Next(0, 60))),
        3 => "-0.0e-999",
        4 => "[" + string.Join(",", Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Json(depth + 1))) + "]",
        _ => "{" + string.Join(",", Enumerable.Range(0, _random.Next(0, 5)).Select(_ =>
            System.Text.Json.JsonSerializer.Serialize(Pick(() => "answers", () => "text", () => "email", () => "unit", () => "category", () => "reply", () => Text(8)))
            + ":" + Json(depth + 1))) + "}",
    };

    /// <summary>A body and its content type: each a different way of being wrong.</summary>
    public (byte[] Body, string? ContentType) Body()
    {
        var utf8 = Encoding.UTF8;
        return _random.Next(12) switch
        {
            0 => (utf8.GetBytes(Json()), "application/json"),
            1 => (utf8.GetBytes(new string('[', 5000) + new string(']', 5000)), "application/json"),
            2 => (utf8.GetBytes("{\"answers\":" + new string('{', 300) + "}"), "application/json"),
            3 => (utf8.GetBytes("{\"text\":" + System.Text.Json.JsonSerializer.Serialize(Text(30_000)) + "}"), "application/json"),
            4 => (Bytes(_random.Next(1, 4000)), "application/octet-stream"),
            5 => (Bytes(_random.Next(1, 4000)), "application/json"),
            6 => (utf8.GetBytes("{\"answers\": [1,2,3], \"unit\": 5, \"language\": {}, \"text\": 42, \"email\": []}"), "application/json"),
            7 => (utf8.GetBytes(Json()), Pick(() => "text/plain", () => "multipart/form-data; boundary=x", () => "application/xml", () => "application/json; charset=utf-7")),
            8 => (utf8.GetBytes("idempotencyKey=" + Uri.EscapeDataString(Escapable(Text(20))) + "&text=" + Uri.EscapeDataString(Escapable(Text(200))) + "&answers.overall=" + Uri.EscapeDataString(Escapable(Text(5)))), "application/x-www-form-urlencoded"),
            9 => (new byte[40_000], "application/json"),
            10 => (utf8.GetBytes("{" + TextField() + ":\"" + LoneSurrogateEscape() + "\"," + TextField() + ":{" + TextField() + ":\"x" + LoneSurrogateEscape() + "\"}}"), "application/json"),
            _ => ([.. utf8.GetBytes("{" + TextField() + ":\"a"), .. InvalidUtf8(), .. utf8.GetBytes("b\"}")], "application/json"),
        };
    }

    // The fields every JSON endpoint reads as text, so the broken text reaches the binders and not only the reader.
    private string TextField() => System.Text.Json.JsonSerializer.Serialize(Pick(
        () => "answers", () => "unit", () => "text", () => "subject", () => "name", () => "tester", () => "reply",
        () => "transactionReference", () => "category", () => "into"));

    /// <summary>A JSON escape of one half of a surrogate pair, alone: valid JSON, but no text.</summary>
    private string LoneSurrogateEscape() => $"\\u{_random.Next(0xD800, 0xE000):x4}";

    /// <summary>Bytes that are not UTF-8: a stray continuation, an 0xFF, a cut-off sequence, an encoded surrogate.</summary>
    private byte[] InvalidUtf8() => _random.Next(4) switch
    {
        0 => [0xFF],
        1 => [0x80],
        2 => [0xE6, 0x9C],
        _ => [0xED, 0xA0, 0x80],
    };

    public string Query() => "?" + string.Join("&", Enumerable.Range(0, _random.Next(1, 6)).Select(_ =>
        Uri.EscapeDataString(Pick(() => "lang", () => "year", () => "month", () => "status", () => "overdue", () => "token", () => "channel", () => Escapable(Text(5))))
        + "=" + Uri.EscapeDataString(Escapable(Text(_random.Next(0, 200))))));

    private byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private T Pick<T>(params Func<T>[] choices) => choices[_random.Next(choices.Length)]();
}
