using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Comments;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Pages.Comments;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Http.Comments;

/// <summary>
/// GET staff/comments (manager): the managers' reader of survey comments. Filters come as query fields, so a filtered
/// page is a link; bad filters are shown on the page with status 400 rather than as JSON.
/// </summary>
public sealed class CommentsPageEndpoint(CommentReader reader, SurveyCatalog catalog, AgencyOrganisation organisation, StaffGate gate, TimeProvider time)
{
    private const string HtmlType = "text/html; charset=utf-8";

    public async Task<IResult> GetAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!gate.TryPage(request, out _, out var refusal, StaffRoles.Manager))
        {
            return refusal;
        }
        var language = Language.Normalise(request.Query["lang"]);
        var fields = request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.Ordinal);
        var errors = new ValidationErrors();
        var current = MonthKey.Of(time.GetUtcNow());
        var options = new CommentFilterOptions(catalog.All, organisation.Units, current);
        if (CommentQuery.Parse(fields, catalog, current, errors) is not { } query)
        {
            return TypedResults.Content(CommentsPage.Render(organisation.AgencyName, null, fields, errors, options, language), HtmlType, statusCode: StatusCodes.Status400BadRequest);
        }
        var page = await reader.ReadAsync(query, cancellationToken);
        return TypedResults.Content(CommentsPage.Render(organisation.AgencyName, page, fields, errors, options, language), HtmlType);
    }
}
