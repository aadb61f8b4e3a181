using ServiceQuality.Domain.Calendar;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Email;
using ServiceQuality.Domain.Idempotency;
using ServiceQuality.Domain.Privacy;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Complaints;

/// <summary>
/// Files a complaint: numbers it, sets its reply deadline in working days, keeps the contact details
/// apart, and queues it for classification. Acknowledged only when all of that is stored; each step is
/// safe to repeat, so a retry with the same idempotency key completes what a failed attempt began.
/// </summary>
public sealed class ComplaintIntakeService(
    ICaseStore cases,
    ICaseContactStore contacts,
    ICaseQueue queue,
    WorkingDayCalendar calendar,
    CaseEmails emails,
    PersonalDataMasker masker,
    TimeProvider time)
{
    /// <summary>Petitions are answered within three working days.</summary>
    public const int ReplyWorkingDays = 3;

    public async Task<ComplaintOutcome> FileAsync(ComplaintSubmission submission, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var (complaint, errors) = ComplaintValidator.Validate(submission);
        if (idempotencyKey is not null && !IdempotencyKey.IsValid(idempotencyKey))
        {
            errors.Add(IdempotencyKey.HeaderName, "重送識別碼格式不正確。",
                $"The idempotency key must be 1 to {IdempotencyKey.MaxLength} letters, digits, '-', '_', '.' or ':'.");
        }
        if (complaint is null || !errors.IsEmpty)
        {
            return new ComplaintOutcome.Invalid(errors);
        }

        var now = time.GetUtcNow();
        var draft = new CaseDraft(
            now,
            calendar.AddWorkingDays(TaipeiTime.DateOf(now), ReplyWorkingDays),
            // The case keeps the text masked: classification, training labels, reports and exports all read it, while the
            // citizen's own contact details are kept only in the contact record below.
            masker.MaskOrNull(complaint.Subject),
            masker.Mask(complaint.Text),
            complaint.Channel,
            complaint.Language,
            IdempotencyKey.Fingerprint([complaint.Subject, complaint.Text, complaint.Name, complaint.Email, complaint.Phone, complaint.Channel, complaint.Language]));

        if (await cases.CreateAsync(draft, idempotencyKey, cancellationToken) is not var (created, replayed))
        {
            return new ComplaintOutcome.KeyReused(idempotencyKey!);
        }
        if (complaint.Name is not null || complaint.Email is not null || complaint.Phone is not null)
        {
            await contacts.SaveAsync(new CaseContact(created.Number, complaint.Name, complaint.Email, complaint.Phone, complaint.Language), cancellationToken);
        }
        if (created.Status == CaseStatus.Received)
        {
            // Acknowledged before classification is queued, so the withheld-acknowledgement note cannot race the classifier.
            if (!await emails.AcknowledgeAsync(created, complaint.Email, complaint.Name, complaint.Language, cancellationToken))
            {
                await RecordWithheldAsync(created.Number, cancellationToken);
            }
            await queue.EnqueueAsync(new CaseToClassify(created.Number.ToString()), cancellationToken);
        }
        return new ComplaintOutcome.Accepted(created, replayed);
    }

    // The complaint stands; the case's history says why its citizen got no acknowledgement, once.
    private async Task RecordWithheldAsync(CaseNumber number, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await cases.FindAsync(number, cancellationToken) is not { } found || found.Case.History.Any(e => e.Kind == CaseEmails.AcknowledgementWithheld))
            {
                return;
            }
            var note = new CaseEvent(time.GetUtcNow(), CaseFollowUp.Actor, CaseEmails.AcknowledgementWithheld, "The address has had its acknowledgements for today.");
            try
            {
                await cases.ReplaceAsync(found.Case.With(note), found.Version, cancellationToken);
                return;
            }
            catch (CaseConflictException) when (attempt < 3)
            {
            }
        }
    }
}
