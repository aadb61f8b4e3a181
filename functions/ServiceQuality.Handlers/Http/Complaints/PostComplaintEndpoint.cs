using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceQuality.Domain.Complaints;
using ServiceQuality.Domain.Email;
using ServiceQuality.Domain.Idempotency;
using ServiceQuality.Handlers.Http.Requests;

namespace ServiceQuality.Handlers.Http.Complaints;

/// <summary>POST api/complaints: files a complaint or petition; 202 with its case number and reply due date.</summary>
public sealed class PostComplaintEndpoint(ComplaintIntakeService intake, CaseStatusLinks links)
{
    public async Task<Results<Accepted<ComplaintAcceptedDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadObjectAsync(request, cancellationToken);
        if (body is not { } json)
        {
            return problem!;
        }
        var language = ApiLanguage.Of(request);
        var (submission, errors) = ComplaintRequest.Bind(json);
        if (submission is null)
        {
            return Problems.Invalid(errors, language);
        }
        var key = request.Headers.TryGetValue(IdempotencyKey.HeaderName, out var header) ? header.ToString() : null;
        return await intake.FileAsync(submission, key, cancellationToken) switch
        {
            ComplaintOutcome.Accepted accepted => Accepted(request, accepted),
            ComplaintOutcome.Invalid invalid => Problems.Invalid(invalid.Errors, language),
            ComplaintOutcome.KeyReused reused => Problems.Unprocessable(
                "The idempotency key was used for a different complaint.",
                $"The key '{reused.Key}' already filed another complaint; send a new key for a new complaint."),
            _ => throw new InvalidOperationException("Unexpected complaint outcome."),
        };
    }

    private Accepted<ComplaintAcceptedDto> Accepted(HttpRequest request, ComplaintOutcome.Accepted accepted)
    {
        if (accepted.Replayed)
        {
            request.HttpContext.Response.Headers[Surveys.PostSurveyResponseEndpoint.ReplayedHeader] = "true";
        }
        var c = accepted.Case;
        return TypedResults.Accepted((string?)null, new ComplaintAcceptedDto(c.Number.ToString(), c.DueDate, c.Status, links.StatusPathOf(c.Number, c.Language)));
    }
}
