using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ServiceQuality.LoadTest;

/// <summary>
/// The mix a busy office sees: mostly survey responses (some with a comment), complaints, and staff reading
/// the case list and single cases. Every write carries an Idempotency-Key, as the forms and kiosks do.
/// </summary>
public sealed class Workload(HttpClient citizen, HttpClient staff)
{
    private readonly Random _random = new(2026);
    private readonly List<string> _caseNumbers = [];
    private readonly Lock _gate = new();

    public async Task<LoadResult> NextAsync(int index, CancellationToken cancellationToken)
    {
        int pick;
        string? someCase;
        lock (_gate)
        {
            pick = _random.Next(100);
            someCase = _caseNumbers.Count == 0 ? null : _caseNumbers[_random.Next(_caseNumbers.Count)];
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            return pick switch
            {
                < 55 => await SurveyAsync(index, pick < 15, started, cancellationToken),
                < 70 => await ComplaintAsync(index, started, cancellationToken),
                < 85 => await ReadAsync("staff-list", staff, "/api/cases", started, cancellationToken),
                < 95 when someCase is not null => await ReadAsync("staff-case", staff, $"/api/cases/{someCase}", started, cancellationToken),
                _ => await ReadAsync("survey-list", citizen, "/api/surveys", started, cancellationToken),
            };
        }
        catch (HttpRequestException)
        {
            return new LoadResult("transport", 0, Stopwatch.GetElapsedTime(started), null);
        }
    }

    private async Task<LoadResult> SurveyAsync(int index, bool withComment, long started, CancellationToken cancellationToken)
    {
        var comment = withComment ? ",\"comment\":\"櫃檯人員說明清楚，等候時間稍長。\"" : "";
        var body = $"{{\"answers\":{{\"waiting-time\":{1 + index % 5},\"staff-attitude\":5,\"explanation\":4,\"overall\":{1 + index % 5}{comment}}},\"unit\":\"metrology\",\"channel\":\"counter\"}}";
        using var request = Post($"/api/surveys/counter/responses", body, $"load-survey-{index}");
        using var response = await citizen.SendAsync(request, cancellationToken);
        var id = response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetString() : null;
        return new LoadResult("survey", (int)response.StatusCode, Stopwatch.GetElapsedTime(started), id);
    }

    private async Task<LoadResult> ComplaintAsync(int index, long started, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new { subject = "計程車計費表", text = $"第 {index} 號車的跳錶似乎比平常快，請派員檢查。", channel = "web" });
        using var request = Post("/api/complaints", body, $"load-complaint-{index}");
        using var response = await citizen.SendAsync(request, cancellationToken);
        string? number = null;
        if (response.IsSuccessStatusCode)
        {
            number = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("caseNumber").GetString();
            lock (_gate)
            {
                _caseNumbers.Add(number!);
            }
        }
        return new LoadResult("complaint", (int)response.StatusCode, Stopwatch.GetElapsedTime(started), number);
    }

    private static async Task<LoadResult> ReadAsync(string kind, HttpClient client, string path, long started, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(path, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        return new LoadResult(kind, (int)response.StatusCode, Stopwatch.GetElapsedTime(started), null);
    }

    private static HttpRequestMessage Post(string path, string json, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }
}
