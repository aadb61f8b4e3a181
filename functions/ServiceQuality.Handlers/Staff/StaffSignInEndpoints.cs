using System.Text;
using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Handlers.Pages;
using ServiceQuality.Handlers.Pages.Staff;

namespace ServiceQuality.Handlers.Staff;

/// <summary>
/// GET/POST staff/sign-in and POST staff/sign-out: the development sign-in. Outside Development every one of them
/// is a 404 page, as if the route did not exist, and the cookie is never honoured (StaffIdentity).
/// </summary>
public sealed class StaffSignInEndpoints(
    StaffDirectory directory, StaffEnvironment environment, StaffSessionCookie cookie, StaffIdentity identity, StaffForms forms, AgencyOrganisation organisation)
{
    public IResult Page(HttpRequest request)
    {
        if (!environment.IsDevelopment)
        {
            return NotFound(request);
        }
        var returnUrl = StaffGate.LocalPath(request.Query["returnUrl"]);
        var page = StaffSignInPage.Render(organisation, directory, StaffLayout.LanguageOf(request), returnUrl, identity.Of(request), StaffLayout.SwitchLanguageHref(request));
        return TypedResults.Content(page, StaffLayout.HtmlType, Encoding.UTF8);
    }

    public async Task<IResult> SignInAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment)
        {
            return NotFound(request);
        }
        if (!request.HasFormContentType)
        {
            return Http.Problems.UnsupportedMediaType("application/x-www-form-urlencoded");
        }
        var form = await request.ReadFormAsync(cancellationToken);
        if (directory.Find(form["id"]) is not { } person)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown staff member.",
                detail: "Choose one of the people listed on the sign-in page.");
        }
        cookie.Issue(request.HttpContext.Response, person.Id, request.IsHttps);
        return SeeOther(request, StaffGate.LocalPath(form["returnUrl"]));
    }

    public async Task<IResult> SignOutAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment)
        {
            return NotFound(request);
        }
        if (identity.Of(request) is { } staff)
        {
            var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
            if (form is null || !forms.IsValid(form, staff))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form has expired.", detail: "Reload the page and sign out again.");
            }
        }
        StaffSessionCookie.Clear(request.HttpContext.Response);
        return SeeOther(request, "/" + Http.Routes.StaffSignIn);
    }

    // 303, so that reloading the next page does not post the form again.
    private static IResult SeeOther(HttpRequest request, string location)
    {
        request.HttpContext.Response.Headers.Location = location;
        return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
    }

    private IResult NotFound(HttpRequest request) =>
        TypedResults.Content(NotFoundPage.Render(organisation.AgencyName, StaffLayout.LanguageOf(request), request.Path), StaffLayout.HtmlType, Encoding.UTF8, StatusCodes.Status404NotFound);
}
