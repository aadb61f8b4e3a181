using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Requests;
using ServiceQuality.Storage.Configuration;

namespace ServiceQuality.Handlers.Security;

/// <summary>
/// What every HTTP request passes through in both hosts, before and around its handler: security headers,
/// size limits, the per-client rate limit on anonymous routes, and the mapping of storage outages to 503.
/// The local host calls it from a middleware, the Functions app from a worker middleware.
/// </summary>
public sealed class RequestGuard(
    ClientRateLimiter limiter,
    IOptions<RateLimitOptions> rateLimits,
    IOptions<StorageResilienceOptions> resilience,
    ILogger<RequestGuard> logger)
{
    /// <summary>Longer query strings are refused: no endpoint takes more than a few short parameters.</summary>
    public const int MaxQueryStringLength = 2048;

    /// <summary>All request headers together; a browser sends a few kilobytes at most.</summary>
    public const int MaxHeaderBytes = 16 * 1024;

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        SecurityHeaders.ApplyOnStarting(context.Response);
        if (Refuse(context) is { } refusal)
        {
            await refusal.ExecuteAsync(context);
            return;
        }
        try
        {
            await next();
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            // Kestrel's own body limit, met while a handler reads the body.
            context.Response.Clear();
            context.Response.Headers.Connection = "close";
            await Problem(e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request is malformed.")
                .ExecuteAsync(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && StorageFaults.IsUnavailable(e, context.RequestAborted))
        {
            // The exception type only: messages of storage errors may carry request URLs.
            logger.LogWarning("Storage unavailable ({Exception}) while serving {Method} {Route}; answered 503.",
                e.GetType().Name, context.Request.Method, context.GetEndpoint()?.DisplayName ?? "request");
            context.Response.Clear();
            var seconds = Math.Max(1, resilience.Value.RetryAfterSeconds);
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Problem(StatusCodes.Status503ServiceUnavailable, "Storage is unavailable; nothing was lost.",
                $"Try again in {seconds} seconds with the same Idempotency-Key.").ExecuteAsync(context);
        }
    }

    private IResult? Refuse(HttpContext context)
    {
        var request = context.Request;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = RequestBody.MaxBytes;
        }
        if (request.ContentLength > RequestBody.MaxBytes)
        {
            // The unread body stays on the connection; closing it stops the client from sending its next request there.
            context.Response.Headers.Connection = "close";
            return Problems.TooLarge(RequestBody.MaxBytes);
        }
        if (request.QueryString.Value?.Length > MaxQueryStringLength)
        {
            return Problem(StatusCodes.Status414UriTooLong, "The query string is too long.", $"At most {MaxQueryStringLength} characters.");
        }
        if (HeaderBytes(request.Headers) > MaxHeaderBytes)
        {
            return Problem(StatusCodes.Status431RequestHeaderFieldsTooLarge, "The request headers are too large.", $"At most {MaxHeaderBytes} bytes in all.");
        }
        if (StaffRoutes.IsStaff(request.Path))
        {
            return null;
        }
        if (limiter.TryAcquire(ClientAddress.Of(context, rateLimits.Value.TrustForwardedFor)) is { } wait)
        {
            var seconds = (int)Math.Max(1, Math.Ceiling(wait.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problem(StatusCodes.Status429TooManyRequests, "Too many requests.", $"Try again in {seconds} seconds.");
        }
        return null;
    }

    private static long HeaderBytes(IHeaderDictionary headers) =>
        headers.Sum(h => (long)h.Key.Length + h.Value.Sum(v => (long)(v?.Length ?? 0)));

    private static IResult Problem(int status, string title, string? detail = null) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
