using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using ServiceQuality.Handlers.Security;

namespace ServiceQuality.Functions.Middleware;

/// <summary>Hands HTTP invocations to the shared request guard, as the local host's middleware does; other triggers pass straight through.</summary>
public sealed class RequestGuardMiddleware(RequestGuard guard) : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next) =>
        context.GetHttpContext() is { } http ? guard.InvokeAsync(http, () => next(context)) : next(context);
}
