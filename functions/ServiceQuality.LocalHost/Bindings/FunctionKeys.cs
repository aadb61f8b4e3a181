using System.Security.Cryptography;
using System.Text;

namespace ServiceQuality.LocalHost.Bindings;

/// <summary>
/// What a function key is to the Functions host, done locally: a Function- or Admin-level function answers
/// only a request that carries the key (x-functions-key header or code query parameter). In Azure the host's
/// own keys are used; locally the one key is LocalFunctionKey from local.settings.json.
/// </summary>
public sealed class FunctionKeys(IConfiguration configuration)
{
    public const string SettingName = "LocalFunctionKey";
    public const string HeaderName = "x-functions-key";

    public bool Accepts(HttpRequest request)
    {
        var presented = request.Headers.TryGetValue(HeaderName, out var header) ? header.ToString() : request.Query["code"].ToString();
        var expected = configuration[SettingName];
        return !string.IsNullOrEmpty(expected) && !string.IsNullOrEmpty(presented)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
    }

    /// <summary>Says nothing about the resource, as the host's own 401 does not.</summary>
    public static IResult Missing() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A function key is required.");
}
