using System.Globalization;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;

namespace ServiceQuality.Domain.Email;

/// <summary>
/// The e-mails a case causes: acknowledgement, the staff reply, the overdue notices and the survey invitation.
/// Each is put on the email-outbox queue with an id derived from the case, so a repeated step queues the same
/// message again rather than a different one.
/// </summary>
public sealed class CaseEmails(
    IEmailQueue queue,
    ICaseContactStore contacts,
    AgencyOrganisation organisation,
    InvitationTokens tokens,
    InvitationOptions invitations,
    CaseStatusLinks links,
    IEmailRecipientStore recipients,
    EmailLimitsOptions limits,
    TimeProvider time)
{
    public const string OverdueNotified = "overdue-notified";
    public const string SurveyInvited = "survey-invited";

    /// <summary>The case event recorded when the per-address limit held back an acknowledgement.</summary>
    public const string AcknowledgementWithheld = "acknowledgement-withheld";

    /// <summary>
    /// Queues the acknowledgement: the case number, the due date and the status link, never the citizen's words, since
    /// the address is whatever the sender typed. False when the address has had its acknowledgements for the day.
    /// </summary>
    public async Task<bool> AcknowledgeAsync(Case c, string? email, string? name, string language, CancellationToken cancellationToken)
    {
        if (email is null)
        {
            return true;
        }
        var today = Time.TaipeiTime.DateOf(time.GetUtcNow());
        var place = await recipients.CountAcknowledgementAsync(links.RecipientKey(email), today, c.Number.ToString(), cancellationToken);
        if (place > limits.AcknowledgementsPerAddressPerDay)
        {
            return false;
        }
        var values = Values(c, language);
        values[EmailValues.Link] = links.StatusLink(c.Number, language, email);
        await queue.EnqueueAsync(Message($"{EmailKinds.Acknowledgement}-{c.Number}", EmailKinds.Acknowledgement, language, email, name, values), cancellationToken);
        return true;
    }

    /// <summary>
    /// The reply in full to an address that has confirmed it receives mail; otherwise a notice that points to the
    /// status page and quotes nothing.
    /// </summary>
    public async Task ReplySentAsync(Case c, string reply, CancellationToken cancellationToken)
    {
        if (await contacts.FindAsync(c.Number, cancellationToken) is not { Email: { } email } contact)
        {
            return;
        }
        var values = Values(c, contact.Language);
        values[EmailValues.Link] = links.StatusLink(c.Number, contact.Language, email);
        var confirmed = await recipients.IsConfirmedAsync(links.RecipientKey(email), cancellationToken);
        if (confirmed)
        {
            values[EmailValues.Subject] = c.Subject ?? (contact.Language == Language.English ? "(no subject)" : "（無主旨）");
            values[EmailValues.Reply] = reply;
        }
        var kind = confirmed ? EmailKinds.Reply : EmailKinds.ReplyNotice;
        // A reply may be corrected before closing; each version is its own e-mail.
        await queue.EnqueueAsync(Message($"{kind}-{c.Number}-{c.History.Count}", kind, contact.Language, email, contact.Name, values), cancellationToken);
    }

    /// <summary>Queues the citizen's and the unit's notice; true when there was anyone to tell.</summary>
    public async Task<bool> OverdueAsync(Case c, CancellationToken cancellationToken)
    {
        var sent = false;
        var days = (Time.TaipeiTime.DateOf(time.GetUtcNow()).DayNumber - c.DueDate.DayNumber).ToString(CultureInfo.InvariantCulture);
        if (await contacts.FindAsync(c.Number, cancellationToken) is { Email: { } email } contact)
        {
            var values = Values(c, contact.Language);
            values[EmailValues.DaysOverdue] = days;
            await queue.EnqueueAsync(Message($"{EmailKinds.OverdueCitizen}-{c.Number}", EmailKinds.OverdueCitizen, contact.Language, email, contact.Name, values), cancellationToken);
            sent = true;
        }
        if (c.UnitId is not null && organisation.Find(c.UnitId) is { Email: { } unitEmail } unit)
        {
            // Units work in Chinese; the unit's notice is always zh-TW.
            var values = Values(c, Language.TraditionalChinese);
            values[EmailValues.DaysOverdue] = days;
            // The unit's own address: the subject helps staff find the case.
            values[EmailValues.Subject] = c.Subject ?? "（無主旨）";
            await queue.EnqueueAsync(Message($"{EmailKinds.OverdueUnit}-{c.Number}", EmailKinds.OverdueUnit, Language.TraditionalChinese, unitEmail, unit.Name[Language.TraditionalChinese], values), cancellationToken);
            sent = true;
        }
        return sent;
    }

    /// <summary>Invites the petitioner to the petition-handling survey; false when there is no e-mail address.</summary>
    public async Task<bool> InviteAsync(Case c, CancellationToken cancellationToken)
    {
        if (await contacts.FindAsync(c.Number, cancellationToken) is not { Email: { } email } contact)
        {
            return false;
        }
        var token = tokens.Issue(InvitationSurveys.Petition, c.Number.ToString(), c.UnitId, c.Category, contact.Language);
        var values = Values(c, contact.Language);
        values[EmailValues.Link] = SurveyLink(token);
        values[EmailValues.ExpiresOn] = DateText(Time.TaipeiTime.DateOf(token.ExpiresAt), contact.Language);
        await queue.EnqueueAsync(Message($"{EmailKinds.SurveyInvitation}-{c.Number}", EmailKinds.SurveyInvitation, contact.Language, email, contact.Name, values), cancellationToken);
        return true;
    }

    public string SurveyLink(InvitationToken token) =>
        $"{invitations.PublicBaseUrl.TrimEnd('/')}/surveys/{token.SurveyId}?token={Uri.EscapeDataString(tokens.Encode(token))}"
        + (token.Language == Language.English ? "&lang=en" : "");

    private Dictionary<string, string> Values(Case c, string language) => new(StringComparer.Ordinal)
    {
        [EmailValues.AgencyName] = organisation.AgencyName[language],
        [EmailValues.CaseNumber] = c.Number.ToString(),
        [EmailValues.DueDate] = DateText(c.DueDate, language),
        [EmailValues.UnitName] = c.UnitId is not null && organisation.Find(c.UnitId) is { } unit ? unit.Name[language] : organisation.AgencyName[language],
    };

    /// <summary>A date as a citizen reads it: in the Minguo calendar in Chinese, with the Gregorian date after it for clarity.</summary>
    public static string DateText(DateOnly date, string language)
    {
        var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Language.Normalise(language) == Language.English ? iso : $"{Time.MinguoDate.Date(date)}（{iso}）";
    }

    private EmailMessage Message(string id, string template, string language, string to, string? name, IReadOnlyDictionary<string, string> values) =>
        new(id, template, Language.Normalise(language), to, name, values, time.GetUtcNow());
}
