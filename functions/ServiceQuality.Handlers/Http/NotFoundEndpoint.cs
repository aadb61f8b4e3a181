using Microsoft.AspNetCore.Http;

namespace ServiceQuality.Handlers.Http;

/// <summary>
/// Any address no other route answers, in both hosts: problem details 404, which a browser asking for a page
/// gets as the HTML not-found page (see <see cref="HtmlErrorPageWriter"/>).
/// </summary>
public sealed class NotFoundEndpoint
{
    public IResult Handle() =>
        Problems.NotFound("There is nothing at this address.", "Check the address; the API is under /api.");
}
