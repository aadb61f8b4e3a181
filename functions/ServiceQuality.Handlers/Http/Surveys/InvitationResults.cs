using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceQuality.Domain.Invitations;

namespace ServiceQuality.Handlers.Http.Surveys;

/// <summary>How a refused invitation is answered: the status code and the problem details of the API.</summary>
public static class InvitationResults
{
    public const string TokenHeader = "X-Survey-Token";

    public static int StatusOf(InvitationProblem problem) => problem switch
    {
        InvitationProblem.Malformed => StatusCodes.Status400BadRequest,
        InvitationProblem.Expired => StatusCodes.Status410Gone,
        InvitationProblem.Used => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status403Forbidden,
    };

    public static ProblemHttpResult Problem(InvitationProblem problem) => problem switch
    {
        InvitationProblem.Malformed => Make(problem, "The invitation token is malformed.", "Open the survey with the link from your invitation e-mail."),
        InvitationProblem.Forged => Make(problem, "The invitation token is not valid for this survey.", "Open the survey with the link from your invitation e-mail."),
        InvitationProblem.Expired => Make(problem, "The invitation has expired.", "Invitations can be used for a limited number of days after the case is closed."),
        InvitationProblem.Used => Make(problem, "The invitation was already used.", "Each invitation accepts one response."),
        _ => Make(problem, "This survey is answered by invitation only.", $"Send the token from the invitation link in the 'token' property or the {TokenHeader} header."),
    };

    private static ProblemHttpResult Make(InvitationProblem problem, string title, string detail) =>
        TypedResults.Problem(statusCode: StatusOf(problem), title: title, detail: detail);
}
