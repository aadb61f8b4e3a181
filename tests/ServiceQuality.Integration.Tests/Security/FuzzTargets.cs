using Microsoft.AspNetCore.Routing;
using ServiceQuality.LocalHost;
using ServiceQuality.DevHosting;

namespace ServiceQuality.Integration.Tests.Security;

/// <summary>Every HTTP endpoint of a running local host, read from its routing, so new endpoints are fuzzed too.</summary>
public static class FuzzTargets
{
    public sealed record Target(string Name, string Method, string Route, bool Staff)
    {
        public bool IsFormRoute => !Route.StartsWith("api/", StringComparison.Ordinal);

        /// <summary>The route with each parameter replaced by <paramref name="value"/>, escaped.</summary>
        public string PathWith(string value) =>
            "/" + System.Text.RegularExpressions.Regex.Replace(Route, "\\{[^}]+\\}", _ => Uri.EscapeDataString(value));
    }

    public static IReadOnlyList<Target> Endpoints(LocalHostInstance host) =>
        ((IEndpointRouteBuilder)host.App).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Select(e => new Target(
                e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? "",
                e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Single() ?? "GET",
                e.RoutePattern.RawText!.TrimStart('/'),
                e.Metadata.GetMetadata<LocalFunctions.StaffOnly>() is not null))
            .ToList();
}
