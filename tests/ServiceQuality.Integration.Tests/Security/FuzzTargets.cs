using Microsoft.AspNetCore.Routing;
using ServiceQuality.DevHosting;
using ServiceQuality.Handlers.Security;
using ServiceQuality.LocalHost.Bindings;

namespace ServiceQuality.Integration.Tests.Security;

/// <summary>Every HTTP function of a running local host, read from its routing, so new functions are fuzzed too.</summary>
public static class FuzzTargets
{
    /// <param name="Staff">A machine endpoint (function key) or a staff one (signed-in person); both are exempt from the rate limits.</param>
    public sealed record Target(string Name, string Method, string Route, bool Staff)
    {
        public bool IsFormRoute => !Route.StartsWith("api/", StringComparison.Ordinal);

        /// <summary>The route with each parameter replaced by <paramref name="value"/>, escaped.</summary>
        public string PathWith(string value) =>
            "/" + System.Text.RegularExpressions.Regex.Replace(Route, "\\{[^}]+\\}", _ => Uri.EscapeDataString(value));
    }

    /// <summary>One target per method; HEAD is left out, as it runs the GET function and answers no body.</summary>
    public static IReadOnlyList<Target> Endpoints(LocalHostInstance host) =>
        ((IEndpointRouteBuilder)host.App).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Function: e.Metadata.GetMetadata<HttpFunction>()))
            .Where(e => e.Function is not null)
            .SelectMany(e => (e.Function!.Methods ?? ["GET"]).Where(m => m != "HEAD").Select(method => new Target(
                e.Function.Name,
                method,
                e.Endpoint.RoutePattern.RawText!.TrimStart('/'),
                e.Function.RequiresKey || StaffRoutes.IsStaff(e.Endpoint.RoutePattern.RawText!))))
            .ToList();
}
