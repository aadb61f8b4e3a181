using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.SurveyTokens;
using ServiceQuality.Handlers.Http.Surveys;
using ServiceQuality.Handlers.Pages;
using ServiceQuality.Handlers.Http.Requests;
using ServiceQuality.Domain.Organisation;

namespace ServiceQuality.Handlers.Http.SurveyTokens;

/// <summary>
/// Staff and the counter system: POST api/survey-tokens mints a token for one served transaction;
/// GET api/survey-tokens/{token}/qr.svg and qr.png draw its survey link for the receipt.
/// </summary>
public sealed class SurveyTokenEndpoints(SurveyTokenService service, InvitedResponseService invitations, AgencyOrganisation organisation)
{
    public async Task<IResult> MintAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadObjectAsync(request, cancellationToken);
        if (body is not { } json)
        {
            return problem!;
        }
        var tokenRequest = new SurveyTokenRequest(
            JsonBody.String(json, "survey"), JsonBody.String(json, "unit"), JsonBody.String(json, "channel"),
            JsonBody.String(json, "transactionReference"), JsonBody.String(json, "language"));
        return await service.MintAsync(tokenRequest, cancellationToken) switch
        {
            MintOutcome.Minted minted => Created(minted),
            MintOutcome.Invalid invalid => Problems.Invalid(invalid.Errors, ApiLanguage.Of(request)),
            _ => throw new InvalidOperationException("Unexpected mint outcome."),
        };
    }

    /// <summary>GET t/{tokenId}: the short link of a QR code, redirected to the signed survey link it stands for.</summary>
    public async Task<IResult> ResolveShortLinkAsync(HttpRequest request, string tokenId, CancellationToken cancellationToken)
    {
        if (await service.ResolveAsync(tokenId, cancellationToken) is not { } path)
        {
            var language = Language.Normalise(request.Query["lang"]);
            return TypedResults.Content(NotFoundPage.Render(organisation.AgencyName, language, request.Path), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }
        return TypedResults.Redirect(path);
    }

    public Task<IResult> QrSvgAsync(string token, CancellationToken cancellationToken) =>
        QrAsync(token, link => TypedResults.Text(QrCodeImages.Svg(link), "image/svg+xml; charset=utf-8"), cancellationToken);

    public Task<IResult> QrPngAsync(string token, CancellationToken cancellationToken) =>
        QrAsync(token, link => TypedResults.File(QrCodeImages.Png(link), "image/png"), cancellationToken);

    private async Task<IResult> QrAsync(string token, Func<string, IResult> draw, CancellationToken cancellationToken)
    {
        // The token names its survey inside the signed payload; reading it as each transaction survey finds which.
        InvitationProblem worst = InvitationProblem.Forged;
        foreach (var surveyId in TransactionSurveys.All)
        {
            var (found, problem) = await invitations.CheckAsync(surveyId, token, cancellationToken);
            if (found is not null)
            {
                return draw(service.ShortLink(found.Id));
            }
            if (problem is not InvitationProblem.Forged)
            {
                worst = problem!.Value;
            }
        }
        return InvitationResults.Problem(worst);
    }

    private static Created<SurveyTokenCreatedDto> Created(MintOutcome.Minted minted)
    {
        var token = minted.Token;
        var qr = $"/{Routes.SurveyTokens}/{Uri.EscapeDataString(minted.Encoded)}";
        return TypedResults.Created(
            minted.SurveyLink,
            new SurveyTokenCreatedDto(minted.Encoded, token.SurveyId, token.UnitId!, token.Channel!, token.ExpiresAt,
                new SurveyTokenLinksDto(minted.SurveyLink, minted.ShortLink, $"{qr}/qr.svg", $"{qr}/qr.png")));
    }
}
