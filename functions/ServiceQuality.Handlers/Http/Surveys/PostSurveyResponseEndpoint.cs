using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceQuality.Domain.Idempotency;
using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Handlers.Security;

namespace ServiceQuality.Handlers.Http.Surveys;

/// <summary>POST api/surveys/{id}/responses: a citizen's response as JSON.</summary>
public sealed class PostSurveyResponseEndpoint(InvitedResponseService service, SurveyCatalog catalog, OpenResponseGate gate)
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async Task<Results<Created<ResponseCreatedDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is null)
        {
            return Problems.NotFound("Unknown survey.", $"There is no survey '{id}'.");
        }
        if (!RequestBody.HasContentType(request, RequestBody.Json))
        {
            return Problems.UnsupportedMediaType(RequestBody.Json);
        }
        if (await RequestBody.ReadAsync(request, cancellationToken) is not { } body)
        {
            return Problems.TooLarge(RequestBody.MaxBytes);
        }
        var language = ApiLanguage.Of(request);
        var (submission, errors) = SurveySubmissionParser.FromJson(body);
        if (submission is null)
        {
            return Problems.Invalid(errors, language);
        }
        var key = request.Headers.TryGetValue(IdempotencyKey.HeaderName, out var header) ? header.ToString() : null;

        var token = request.Headers.TryGetValue(InvitationResults.TokenHeader, out var tokenHeader) ? tokenHeader.ToString() : TokenProperty(body);
        var origin = ResponseOrigin.Api;
        if (string.IsNullOrEmpty(token) && !InvitationSurveys.IsInvitationOnly(id))
        {
            var admission = await gate.AdmitAsync(request.HttpContext, ResponseSources.Api, null, cancellationToken);
            if (admission.KioskRefused)
            {
                return Problems.KioskRefused();
            }
            if (admission.RetryAfter is { } wait)
            {
                return Problems.OverBudget(request, wait);
            }
            origin = admission.Origin!;
        }

        return await service.SubmitAsync(id, submission, token, key, origin, cancellationToken) switch
        {
            SubmitOutcome.InvitationRefused refused => InvitationResults.Problem(refused.Problem),
            SubmitOutcome.Accepted accepted => Created(request, accepted),
            SubmitOutcome.Invalid invalid => Problems.Invalid(invalid.Errors, language),
            SubmitOutcome.KeyReused reused => Problems.Unprocessable(
                "The idempotency key was used for a different response.",
                $"The key '{reused.Key}' already stored another response; send a new key for a new response."),
            var other => Problems.NotFound("Unknown survey.", $"There is no survey '{id}' ({other.GetType().Name})."),
        };
    }

    private static string? TokenProperty(ReadOnlyMemory<byte> body)
    {
        // The body already parsed as a submission, so it is a JSON object.
        using var document = System.Text.Json.JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("token", out var token) && token.ValueKind == System.Text.Json.JsonValueKind.String ? token.GetString() : null;
    }

    private static Created<ResponseCreatedDto> Created(HttpRequest request, SubmitOutcome.Accepted accepted)
    {
        if (accepted.Replayed)
        {
            request.HttpContext.Response.Headers[ReplayedHeader] = "true";
        }
        var response = accepted.Response;
        return TypedResults.Created((string?)null, new ResponseCreatedDto(response.Id, response.SurveyId, response.SurveyVersion, response.SubmittedAt));
    }
}
