using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Handlers.Security;
using ServiceQuality.DevHosting;

namespace ServiceQuality.Integration.Tests.Builders;

/// <summary>The anti-forgery token a form rendered by <paramref name="host"/> would carry for an idempotency key.</summary>
public static class FormTokenFor
{
    public static string Key(LocalHostInstance host, string idempotencyKey) =>
        host.Services.GetRequiredService<FormTokens>().Issue(idempotencyKey);

    /// <summary>A fresh key and its token, as the fields of a form just opened.</summary>
    public static Dictionary<string, string> NewForm(LocalHostInstance host)
    {
        var key = Guid.NewGuid().ToString("N");
        return new Dictionary<string, string> { ["idempotencyKey"] = key, [FormTokens.FieldName] = Key(host, key) };
    }
}
