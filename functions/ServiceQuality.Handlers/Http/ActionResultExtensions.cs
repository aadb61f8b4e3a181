using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ServiceQuality.Handlers.Http;

public static class ActionResultExtensions
{
    public static IActionResult AsActionResult(this IResult result) => new ResultActionResult(result);

    public static async Task<IActionResult> AsActionResult<T>(this Task<T> result) where T : IResult =>
        new ResultActionResult(await result);
}
