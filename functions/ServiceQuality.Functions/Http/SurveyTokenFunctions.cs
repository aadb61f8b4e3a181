using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.SurveyTokens;

namespace ServiceQuality.Functions.Http;

public sealed class SurveyTokenFunctions(SurveyTokenEndpoints tokens, ResponseRateEndpoints rates)
{
    [Function("MintSurveyToken")]
    public Task<IActionResult> Mint([HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.SurveyTokens)] HttpRequest request, CancellationToken cancellationToken) => tokens.MintAsync(request, cancellationToken).AsActionResult();

    [Function("GetSurveyTokenQrSvg")]
    public Task<IActionResult> QrSvg([HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = Routes.SurveyTokenQrSvg)] HttpRequest request, string token, CancellationToken cancellationToken) => tokens.QrSvgAsync(token, cancellationToken).AsActionResult();

    [Function("GetSurveyTokenQrPng")]
    public Task<IActionResult> QrPng([HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = Routes.SurveyTokenQrPng)] HttpRequest request, string token, CancellationToken cancellationToken) => tokens.QrPngAsync(token, cancellationToken).AsActionResult();

    [Function("ResolveSurveyShortLink")]
    public Task<IActionResult> ShortLink([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.SurveyShortLink)] HttpRequest request, string tokenId, CancellationToken cancellationToken) => tokens.ResolveShortLinkAsync(request, tokenId, cancellationToken).AsActionResult();

    [Function("GetResponseRates")]
    public Task<IActionResult> Rates([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.ResponseRates)] HttpRequest request, string year, string month, CancellationToken cancellationToken) => rates.GetAsync(request, year, month, cancellationToken).AsActionResult();
}
