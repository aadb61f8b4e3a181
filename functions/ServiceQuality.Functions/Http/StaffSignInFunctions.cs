using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Functions.Http;

/// <summary>The development sign-in; a 404 page anywhere but in Development.</summary>
public sealed class StaffSignInFunctions(StaffSignInEndpoints signIn)
{
    [Function("StaffSignInPage")]
    public IActionResult Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.StaffSignIn)] HttpRequest request) => signIn.Page(request).AsActionResult();

    [Function("StaffSignIn")]
    public Task<IActionResult> SignIn([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.StaffSignIn)] HttpRequest request, CancellationToken cancellationToken) => signIn.SignInAsync(request, cancellationToken).AsActionResult();

    [Function("StaffSignOut")]
    public Task<IActionResult> SignOut([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.StaffSignOut)] HttpRequest request, CancellationToken cancellationToken) => signIn.SignOutAsync(request, cancellationToken).AsActionResult();
}
