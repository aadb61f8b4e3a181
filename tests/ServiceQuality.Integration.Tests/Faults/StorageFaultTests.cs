using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using ServiceQuality.Integration.Tests.Builders;
using ServiceQuality.Integration.Tests.Hosting;
using ServiceQuality.Storage;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Faults;

/// <summary>
/// Storage goes away in the middle of a load and comes back: what was acknowledged is kept, what was queued
/// is processed once, and meanwhile every request is told 503 with Retry-After instead of failing with 500.
/// </summary>
public sealed class StorageFaultTests : IAsyncLifetime
{
    private const int Workers = 6;
    private const int ItemsPerWorker = 12;

    private AzuriteProcess _azurite = null!;
    private LocalHostInstance _host = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync();
        _host = await LocalHostInstance.StartAsync(_azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Storage:Resilience:MaxRetries"] = "1",
            ["Storage:Resilience:NetworkTimeoutSeconds"] = "2",
            ["Storage:Resilience:RetryAfterSeconds"] = "1",
        });
        await _host.WarmUpModelsAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task An_outage_loses_nothing_acknowledged_duplicates_nothing_and_answers_503_meanwhile()
    {
        var surveys = new ConcurrentDictionary<string, string>();
        var cases = new ConcurrentDictionary<string, string>();
        var unavailable = new ConcurrentBag<HttpResponseMessage>();
        using var client = _host.CreateClient();
        var halfway = new TaskCompletionSource();

        var load = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < ItemsPerWorker; i++)
            {
                var key = $"fault-{worker}-{i}";
                var complaint = i % 2 == 1;
                var id = await SendUntilAcknowledgedAsync(client, complaint, key, unavailable);
                (complaint ? cases : surveys)[key] = id;
                if (surveys.Count + cases.Count >= Workers * ItemsPerWorker / 3)
                {
                    halfway.TrySetResult();
                }
            }
        })).ToList();

        await halfway.Task;
        await _azurite.ShutDownAsync();
        var probe = await client.PostAsync("/api/surveys/counter/responses", SurveyResponseBody.Counter().ToContent());
        await _azurite.StartAgainAsync();
        await Task.WhenAll(load);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, probe.StatusCode);
        Assert.All(unavailable.Append(probe), r =>
        {
            Assert.True(r.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        });

        var tables = new TableServiceClient(_azurite.ConnectionString);
        // A keyed response is its own claim of the key, so every row is a response.
        var storedResponses = await RowKeysAsync(tables, TableNames.SurveyResponses, _ => true);
        Assert.Equal(surveys.Values.Order(), storedResponses.Order());
        var storedCases = await RowKeysAsync(tables, TableNames.Cases, e => e.RowKey.CompareTo("000000") >= 0 && e.RowKey.CompareTo("999999") <= 0);
        Assert.Equal(cases.Count, storedCases.Count);

        // Queued work resumes: every case is classified, every comment stored, each exactly once.
        await Eventually.GetAsync(async () =>
            (await StatusesAsync(tables)).All(s => s != "received") ? "classified" : null, TimeSpan.FromMinutes(5));
        var comments = await Eventually.GetAsync(async () =>
        {
            var rows = await RowKeysAsync(tables, TableNames.SurveyComments, _ => true);
            return rows.Count >= surveys.Count ? rows : null;
        }, TimeSpan.FromMinutes(5));
        Assert.Equal(surveys.Values.Select(id => $"{id}_comment").Order(), comments.Order());
    }

    private static async Task<string> SendUntilAcknowledgedAsync(HttpClient client, bool complaint, string key, ConcurrentBag<HttpResponseMessage> unavailable)
    {
        // A retry sends the same body again, as a client retrying one request does.
        var json = complaint ? ComplaintBody.Web().ToJson() : SurveyResponseBody.Counter().WithComment("櫃檯人員很親切，謝謝。").ToJson();
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, complaint ? "/api/complaints" : "/api/surveys/counter/responses")
            {
                Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Idempotency-Key", key);
            var response = await client.SendAsync(request);
            if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Accepted)
            {
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                return body.GetProperty(complaint ? "caseNumber" : "id").GetString()!;
            }
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            unavailable.Add(response);
            await Task.Delay(response.Headers.RetryAfter!.Delta!.Value);
        }
    }

    private static async Task<List<string>> RowKeysAsync(TableServiceClient tables, string table, Func<TableEntity, bool> keep)
    {
        var keys = new List<string>();
        await foreach (var e in tables.GetTableClient(table).QueryAsync<TableEntity>())
        {
            if (keep(e))
            {
                keys.Add(e.RowKey);
            }
        }
        return keys;
    }

    private static async Task<List<string>> StatusesAsync(TableServiceClient tables)
    {
        var statuses = new List<string>();
        await foreach (var e in tables.GetTableClient(TableNames.Cases).QueryAsync<TableEntity>())
        {
            if (e.GetString("Status") is { } status)
            {
                statuses.Add(status);
            }
        }
        return statuses;
    }
}
