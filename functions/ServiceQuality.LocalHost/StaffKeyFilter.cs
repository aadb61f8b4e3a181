using System.Security.Cryptography;
using System.Text;

namespace ServiceQuality.LocalHost;

/// <summary>
/// What AuthorizationLevel.Function means in Azure, done locally: a staff endpoint answers only a request that
/// carries a function key (x-functions-key header or code query parameter) from local.settings.json.
/// Without one the answer is 401 and says nothing about the resource.
/// </summary>
public sealed class StaffKeyFilter(IConfiguration configuration) : IEndpointFilter
{
    public const string SettingName = "LocalFunctionKey";
    public const string HeaderName = "x-functions-key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var presented = request.Headers.TryGetValue(HeaderName, out var header) ? header.ToString() : request.Query["code"].ToString();
        var expected = configuration[SettingName];
        if (string.IsNullOrEmpty(expected) || string.IsNullOrEmpty(presented)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A function key is required.");
        }
        return await next(context);
    }
}
