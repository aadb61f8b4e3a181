using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceQuality.Domain.Email;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Handlers.Pages;
using ServiceQuality.Storage.Email;
using ServiceQuality.Domain.Organisation;

namespace ServiceQuality.Handlers.Http.Email;

/// <summary>GET api/outbox and GET outbox: the e-mails kept instead of sent while no SendGrid key is configured, newest first.</summary>
public sealed class OutboxEndpoints(IEmailOutboxStore outbox, SendGridOptions sendGrid, AgencyOrganisation organisation, Labels labels)
{
    public const int MaxShown = 100;
    private const string HtmlType = "text/html; charset=utf-8";

    public async Task<Ok<IReadOnlyList<OutboxEmailDto>>> ListAsync(CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<OutboxEmailDto>>((await ReadAsync(cancellationToken)).Select(OutboxEmailDto.From).ToList());

    public async Task<ContentHttpResult> PageAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var language = Language.Normalise(request.Query["lang"]);
        var code = request.Query["code"].ToString();
        return TypedResults.Content(OutboxPage.Render(organisation.AgencyName, labels, await ReadAsync(cancellationToken), sendGrid.IsConfigured, language, string.IsNullOrEmpty(code) ? null : code), HtmlType);
    }

    private async Task<List<OutgoingEmail>> ReadAsync(CancellationToken cancellationToken)
    {
        var list = new List<OutgoingEmail>();
        await foreach (var email in outbox.ListRecentAsync(MaxShown, cancellationToken))
        {
            list.Add(email);
        }
        return list;
    }
}
