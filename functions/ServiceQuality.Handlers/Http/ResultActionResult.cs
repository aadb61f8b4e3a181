using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ServiceQuality.Handlers.Http;

/// <summary>
/// Lets an Azure Function return <see cref="IActionResult"/> while the handlers keep minimal-API
/// <see cref="IResult"/>s: executing it executes the handler's result on the same HttpContext.
/// </summary>
public sealed class ResultActionResult(IResult result) : IActionResult
{
    public IResult Result { get; } = result;

    public Task ExecuteResultAsync(ActionContext context) => Result.ExecuteAsync(context.HttpContext);
}
