using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Handlers.Http;

/// <summary>RFC 7807 problem details for every way a request can fail.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    public static ValidationProblem Invalid(ValidationErrors errors, string language) =>
        TypedResults.ValidationProblem(errors.ToDictionary(language), title: "The request has invalid fields.");

    /// <summary>
    /// The same validation problem details as <see cref="Invalid"/>, typed as a plain problem so the body readers
    /// can return one result for every way a body is refused.
    /// </summary>
    public static ProblemHttpResult InvalidBody(ValidationErrors errors, string language) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary(language))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request has invalid fields.",
        });

    public static ProblemHttpResult TooLarge(int limit) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "The request body is too large.",
            detail: $"The body must be at most {limit} bytes.");

    public static ProblemHttpResult UnsupportedMediaType(string expected) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "The content type is not supported.",
            detail: $"Send the body as {expected}.");

    public static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);

    public static ProblemHttpResult Unprocessable(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: title, detail: detail);

    /// <summary>An open response over its client's write budget; the client is told when to try again.</summary>
    public static ProblemHttpResult OverBudget(HttpRequest request, TimeSpan wait)
    {
        var seconds = (int)Math.Max(1, Math.Ceiling(wait.TotalSeconds));
        request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many responses from this client.",
            detail: $"Responses without a survey token are limited per client; try again in {seconds} seconds, or answer with the token you were given.");
    }

    public static ProblemHttpResult KioskRefused() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "The kiosk credential is not valid.",
            detail: "The credential is forged, replaced by a newer one, or revoked; provision the kiosk again.");
}
