using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Azure.Functions.Worker;

namespace ServiceQuality.LocalHost.Bindings;

/// <summary>
/// Maps each [HttpTrigger] function to an endpoint with its route (under host.json's routePrefix) and methods.
/// Route values bind to the method's string parameters by name, the trigger parameter gets the HttpRequest,
/// and the returned IActionResult is executed on the same HttpContext, as the Worker's ASP.NET Core
/// integration does. Routing precedence is ASP.NET Core's, as in the Functions host: literal segments win
/// over parameters, and a catch-all comes last.
/// </summary>
public static class HttpFunctionEndpoints
{
    public static void Map(IEndpointRouteBuilder app, IEnumerable<HttpFunction> functions, string routePrefix)
    {
        foreach (var function in functions)
        {
            var pattern = "/" + string.Join('/', new[] { routePrefix.Trim('/'), function.Route.Trim('/') }.Where(p => p.Length > 0));
            var endpoint = function.Methods is { } methods
                ? app.MapMethods(pattern, methods, context => InvokeAsync(function, context))
                : app.Map(pattern, context => InvokeAsync(function, context));
            endpoint.WithName(function.Name).WithMetadata(function);
        }
    }

    private static async Task InvokeAsync(HttpFunction function, HttpContext context)
    {
        if (function.RequiresKey && !context.RequestServices.GetRequiredService<FunctionKeys>().Accepts(context.Request))
        {
            await FunctionKeys.Missing().ExecuteAsync(context);
            return;
        }
        var arguments = function.Parameters.Select(p => Argument(p, context)).ToArray();
        switch (await FunctionInvoker.InvokeAsync(function, context.RequestServices, arguments))
        {
            case IActionResult action:
                await action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
                break;
            case IResult result:
                await result.ExecuteAsync(context);
                break;
        }
    }

    private static object? Argument(ParameterInfo parameter, HttpContext context) => parameter switch
    {
        _ when parameter.IsDefined(typeof(HttpTriggerAttribute), false) => parameter.ParameterType == typeof(HttpRequest)
            ? context.Request
            : throw new InvalidOperationException($"The HTTP trigger parameter {parameter.Name} must be an HttpRequest."),
        { ParameterType: var t } when t == typeof(CancellationToken) => context.RequestAborted,
        _ => context.Request.RouteValues.TryGetValue(parameter.Name!, out var value) ? value?.ToString() : null,
    };
}
