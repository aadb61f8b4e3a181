using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.LocalHost;

namespace ServiceQuality.DevHosting;

/// <summary>The local host on a free loopback port, against a given storage account.</summary>
public sealed class LocalHostInstance : IAsyncDisposable
{
    private LocalHostInstance(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
    }

    /// <summary>The function key staff endpoints require in these tests.</summary>
    public const string StaffKey = "test-staff-key";

    /// <summary>The key survey invitations are signed with in these tests.</summary>
    public const string InvitationSigningKey = "test-invitation-signing-key-0123456789abcdef";

    /// <summary>The key the development sign-in cookie and staff forms are signed with in these tests.</summary>
    public const string StaffSignInKey = "test-staff-sign-in-key-0123456789abcdef";

    public WebApplication App { get; }

    public Uri Address { get; }

    public IServiceProvider Services => App.Services;

    public static async Task<LocalHostInstance> StartAsync(
        string storageConnectionString,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<JsonObject>? editHostJson = null)
    {
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["AzureWebJobsStorage"] = storageConnectionString,
            ["urls"] = "http://127.0.0.1:0",
            ["LocalFunctionKey"] = StaffKey,
            ["Invitations:SigningKey"] = InvitationSigningKey,
            ["Staff:SignInKey"] = StaffSignInKey,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        // Most tests post many open responses and open many forms from one loopback address; the tests of the write budget
        // and of view counting set these themselves.
        foreach (var (key, value) in new[] { ("OpenResponses:PerMinute", "1000000"), ("OpenResponses:PerDay", "1000000"), ("OpenResponses:ViewsPerAddressPerDay", "1000000") })
        {
            overrides.TryAdd(key, value);
        }
        // The repository's host.json is the one under test; local.settings.json is left out so tests never
        // depend on a developer's machine.
        var appDirectory = Path.Combine(Path.GetTempPath(), "servicequality-host-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(appDirectory);
        var hostJson = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "host.json")))!.AsObject();
        editHostJson?.Invoke(hostJson);
        File.WriteAllText(Path.Combine(appDirectory, "host.json"), hostJson.ToJsonString());
        var app = LocalHostApp.Build([], appDirectory, overrides);
        await app.StartAsync();
        return new LocalHostInstance(app, new Uri(LocalHostApp.Addresses(app).First()));
    }

    /// <summary>
    /// Waits until every model is loaded (trained from seed data on a fresh account), so that measurements
    /// and timing-sensitive checks do not share the CPU with the start-up training.
    /// </summary>
    public async Task WarmUpModelsAsync(CancellationToken cancellationToken = default)
    {
        var registry = Services.GetRequiredService<ServiceQuality.ModelRegistry.ModelServer>();
        foreach (var model in ServiceQuality.Domain.Classification.ModelNames.All)
        {
            await registry.EnsureLoadedAsync(model, cancellationToken);
        }
    }

    public HttpClient CreateClient() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Address };

    /// <summary>A client that sends the function key with every request: a machine such as the counter system.</summary>
    public HttpClient CreateMachineClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", StaffKey);
        return client;
    }

    /// <summary>
    /// <see cref="CreateStaffClientAsync"/> for a test's field initialiser. The sign-in continues on the thread pool,
    /// so waiting for it here cannot deadlock a test framework's synchronisation context.
    /// </summary>
    public HttpClient CreateStaffClient(string staffId) => CreateStaffClientAsync(staffId).GetAwaiter().GetResult();

    /// <summary>
    /// A client signed in as this person of staff.json (see <see cref="TestStaff"/>) through the development
    /// sign-in, as a browser would be: it sends the sign-in cookie with every request.
    /// </summary>
    public async Task<HttpClient> CreateStaffClientAsync(string staffId, CancellationToken cancellationToken = default)
    {
        var (name, value) = await SignInAsync(staffId, cancellationToken).ConfigureAwait(false);
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", $"{name}={value}");
        return client;
    }

    /// <summary>Posts the development sign-in form for this person and returns the cookie it sets (for a browser context).</summary>
    public async Task<(string Name, string Value)> SignInAsync(string staffId, CancellationToken cancellationToken = default)
    {
        using var client = CreateClient();
        using var response = await client.PostAsync("/staff/sign-in",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = staffId, ["returnUrl"] = "/staff" }), cancellationToken).ConfigureAwait(false);
        if ((int)response.StatusCode != 303 || !response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            throw new InvalidOperationException($"The development sign-in as {staffId} answered {(int)response.StatusCode} without a cookie.");
        }
        var pair = cookies.Select(c => c.Split(';')[0]).First(c => c.StartsWith("sq-staff=", StringComparison.Ordinal));
        return ("sq-staff", pair["sq-staff=".Length..]);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
