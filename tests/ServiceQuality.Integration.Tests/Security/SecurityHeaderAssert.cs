using ServiceQuality.Handlers.Security;
using Xunit;

namespace ServiceQuality.Integration.Tests.Security;

public static class SecurityHeaderAssert
{
    /// <summary>Each security header is present once, with the app's value.</summary>
    public static void AllPresent(HttpResponseMessage response)
    {
        foreach (var (name, value) in SecurityHeaders.All)
        {
            Assert.Equal(value, Assert.Single(response.Headers.GetValues(name)));
        }
    }
}
