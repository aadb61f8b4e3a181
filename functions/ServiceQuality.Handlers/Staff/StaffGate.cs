using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Requests;
using ServiceQuality.Handlers.Pages;
using ServiceQuality.Handlers.Pages.Staff;

namespace ServiceQuality.Handlers.Staff;

/// <summary>
/// The door of every staff route: who is signed in, and whether any of their roles opens this page or API.
/// Pages refuse with HTML (and, in Development, send the browser to the sign-in page); the API with problem details.
/// </summary>
public sealed class StaffGate(StaffIdentity identity, StaffEnvironment environment, StaffLayout layout, StaffForms forms, AgencyOrganisation organisation)
{
    /// <summary>For a staff page. Empty <paramref name="anyOfRoles"/>: any staff role.</summary>
    public bool TryPage(HttpRequest request, [NotNullWhen(true)] out StaffMember? staff, [NotNullWhen(false)] out IResult? refusal, params string[] anyOfRoles)
    {
        staff = identity.Of(request);
        var language = StaffLayout.LanguageOf(request);
        // A form posted to an API path (the report's recompute form) is answered as the API answers.
        var api = BrowserRequest.IsApi(request.Path);
        if (staff is null)
        {
            refusal = api
                ? NotSignedIn()
                : environment.IsDevelopment
                ? TypedResults.Redirect(SignInPath(request))
                : Html(PageLayout.Render(organisation.AgencyName, language, StaffRefusalPage.NotSignedIn(language).Title,
                    StaffRefusalPage.NotSignedIn(language).Body, StaffLayout.SwitchLanguageHref(request)), StatusCodes.Status401Unauthorized);
            return false;
        }
        if (!staff.HasAny(anyOfRoles))
        {
            var (title, body) = StaffRefusalPage.NotAllowed(language, anyOfRoles);
            refusal = api
                ? Forbidden(anyOfRoles)
                : staff.Roles.Count == 0
                ? Html(PageLayout.Render(organisation.AgencyName, language, title, body, StaffLayout.SwitchLanguageHref(request)), StatusCodes.Status403Forbidden)
                : layout.Page(request, staff, title, body, StatusCodes.Status403Forbidden);
            staff = null;
            return false;
        }
        refusal = null;
        return true;
    }

    /// <summary>
    /// For a staff API call. Empty <paramref name="anyOfRoles"/>: any staff role. A call that changes something must
    /// send JSON: a browser signed in by cookie cannot be made to send that from another site without CORS, which
    /// this app never grants.
    /// </summary>
    public bool TryApi(HttpRequest request, [NotNullWhen(true)] out StaffMember? staff, [NotNullWhen(false)] out IResult? refusal, params string[] anyOfRoles)
    {
        staff = identity.Of(request);
        if (staff is null)
        {
            refusal = NotSignedIn();
            return false;
        }
        if (!staff.HasAny(anyOfRoles))
        {
            refusal = Forbidden(anyOfRoles);
            staff = null;
            return false;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !RequestBody.HasContentType(request, RequestBody.Json))
        {
            refusal = Problems.UnsupportedMediaType(RequestBody.Json);
            staff = null;
            return false;
        }
        refusal = null;
        return true;
    }

    private static IResult NotSignedIn() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in required.",
            detail: "Staff calls need a signed-in staff member (App Service Authentication in Azure, the development sign-in locally).");

    /// <summary>403 problem details for a staff member whose role does not reach this resource (another unit's case).</summary>
    public static IResult Forbidden(IReadOnlyCollection<string> anyOfRoles, string? detail = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Your role does not allow this.",
            detail: detail ?? (anyOfRoles.Count == 0 ? "Any staff role may." : $"Open to the roles: {string.Join(", ", anyOfRoles)}."));

    /// <summary>The 403 page, in the staff layout, for a resource this person's role does not reach.</summary>
    public IResult ForbiddenPage(HttpRequest request, StaffMember staff, params string[] anyOfRoles)
    {
        var (title, body) = StaffRefusalPage.NotAllowed(StaffLayout.LanguageOf(request), anyOfRoles);
        return layout.Page(request, staff, title, body, StatusCodes.Status403Forbidden);
    }

    /// <summary>
    /// For a staff form post: the signed-in person with one of the roles, and the post's fields with a valid
    /// anti-forgery token. On refusal the caller returns <see cref="StaffFormPost.Refusal"/> and stores nothing.
    /// </summary>
    public async Task<StaffFormPost> TryPostAsync(HttpRequest request, CancellationToken cancellationToken, params string[] anyOfRoles)
    {
        if (!TryPage(request, out var staff, out var refusal, anyOfRoles))
        {
            return new StaffFormPost(null, null, refusal);
        }
        var (fields, invalid) = await ReadFormAsync(request, staff, cancellationToken);
        return fields is null ? new StaffFormPost(null, null, invalid) : new StaffFormPost(staff, fields, null);
    }

    /// <summary>
    /// Reads a staff form post (content type, size and text checked by FormBody; the last value of a repeated
    /// field wins) and checks its anti-forgery token. On refusal (not a form, or no valid token for this person)
    /// the caller returns Refusal and stores nothing.
    /// </summary>
    public async Task<(IReadOnlyDictionary<string, string?>? Fields, IResult? Refusal)> ReadFormAsync(HttpRequest request, StaffMember staff, CancellationToken cancellationToken)
    {
        var (fields, problem) = await FormBody.ReadAsync(request, cancellationToken);
        if (fields is null)
        {
            return (null, problem);
        }
        return forms.IsValid(fields, staff) ? (fields, null) : (null, InvalidFormPage(request, staff));
    }

    /// <summary>The 400 page for a staff form without a valid anti-forgery token.</summary>
    public IResult InvalidFormPage(HttpRequest request, StaffMember staff)
    {
        if (BrowserRequest.IsApi(request.Path))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form has expired.",
                detail: "The form carries no valid anti-forgery token for the signed-in person; reload the page and send it again.");
        }
        var (title, body) = StaffRefusalPage.InvalidForm(StaffLayout.LanguageOf(request));
        return layout.Page(request, staff, title, body, StatusCodes.Status400BadRequest);
    }

    /// <summary>
    /// The sign-in page with this page (path and query, never another site) to come back to. A function key someone
    /// put in the query (?code=) is left out: it opens no page, and the address would carry it into logs and history.
    /// </summary>
    public static string SignInPath(HttpRequest request)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query.Remove("code");
        var back = QueryHelpers.AddQueryString(request.Path.Value ?? "/", query.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))));
        var signIn = QueryHelpers.AddQueryString("/" + Routes.StaffSignIn, "returnUrl", LocalPath(back));
        // The sign-in page speaks the language of the page that sent the browser there.
        return StaffLayout.LanguageOf(request) == Domain.Localization.Language.English ? signIn + "&lang=en" : signIn;
    }

    /// <summary>The address itself when it is a path on this site; otherwise the staff home.</summary>
    public static string LocalPath(string? url) =>
        url is { Length: > 0 and <= 2048 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal) && !url.Any(char.IsControl)
            ? url
            : "/staff";

    private static IResult Html(string page, int status) => TypedResults.Content(page, StaffLayout.HtmlType, Encoding.UTF8, status);
}
