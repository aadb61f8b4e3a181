using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Privacy;

/// <summary>A host whose contact details expire as soon as a case is closed, with every log message captured.</summary>
public sealed class PrivacyHostFixture : IAsyncLifetime
{
    public AzuriteProcess Azurite { get; private set; } = null!;

    public LocalHostInstance Host { get; private set; } = null!;

    public CapturingLoggerProvider Logs { get; } = new();

    public async Task InitializeAsync()
    {
        Azurite = await AzuriteProcess.StartAsync();
        Host = await LocalHostInstance.StartAsync(Azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Privacy:ContactRetentionDays"] = "0",
            ["Logging:LogLevel:ServiceQuality"] = "Trace",
            ["Logging:LogLevel:Microsoft"] = "Information",
            ["Logging:LogLevel:Azure"] = "Information",
            ["FormProtection:SigningKey"] = SigningKey,
        });
        Host.Services.GetRequiredService<ILoggerFactory>().AddProvider(Logs);
    }

    public const string SigningKey = "form-signing-key-for-the-privacy-tests";

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
