using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceQuality.Domain.Email;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Handlers.Pages;
using ServiceQuality.Storage.Email;
using ServiceQuality.Handlers.Pages.Staff;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Http.Email;

/// <summary>
/// GET api/outbox and GET outbox (admin): the e-mails kept instead of sent while no SendGrid key is configured, newest first.
/// </summary>
public sealed class OutboxEndpoints(IEmailOutboxStore outbox, SendGridOptions sendGrid, Labels labels, StaffGate gate, StaffLayout layout)
{
    public const int MaxShown = 100;

    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken) =>
        gate.TryApi(request, out _, out var refusal, StaffRoles.Admin)
            ? TypedResults.Ok<IReadOnlyList<OutboxEmailDto>>((await ReadAsync(cancellationToken)).Select(OutboxEmailDto.From).ToList())
            : refusal;

    public async Task<IResult> PageAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!gate.TryPage(request, out var staff, out var refusal, StaffRoles.Admin))
        {
            return refusal;
        }
        var (title, body) = OutboxPage.Render(labels, await ReadAsync(cancellationToken), sendGrid.IsConfigured, StaffLayout.LanguageOf(request));
        return layout.Page(request, staff, title, body);
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
