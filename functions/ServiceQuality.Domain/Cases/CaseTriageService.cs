using System.Runtime.CompilerServices;
using ServiceQuality.Domain.Classification;
using ServiceQuality.Domain.Privacy;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Domain.Cases;

/// <summary>What staff do with cases: list, open, correct the category, reply, close. Each action is kept in the case's history.</summary>
public sealed class CaseTriageService(
    ICaseStore cases, CategoryMap categories, ITrainingLabelStore labels, ICaseCorrespondence followUp, IEnumerable<ICaseRoutedObserver> routing, PersonalDataMasker masker, TimeProvider time)
{
    public const int MaxReplyLength = 8000;

    public async IAsyncEnumerable<Case> ListAsync(CaseFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await foreach (var c in cases.ListYearAsync(filter.Year, cancellationToken))
        {
            if ((filter.Status is null || c.Status == filter.Status)
                && (filter.UnitId is null || c.UnitId == filter.UnitId)
                && (filter.Category is null || c.Category == filter.Category)
                && (filter.Overdue is null || c.IsOverdue(now) == filter.Overdue))
            {
                yield return c;
            }
        }
    }

    public async Task<Case?> GetAsync(CaseNumber number, CancellationToken cancellationToken) =>
        (await cases.FindAsync(number, cancellationToken))?.Case;

    /// <summary>Sets the right category, re-routes the case, and keeps the correction as a training label.</summary>
    public Task<TriageOutcome> CorrectCategoryAsync(CaseNumber number, string? categoryId, string actor, CancellationToken cancellationToken) =>
        ThenAsync(RoutedAsync, cancellationToken, ChangeAsync(number, cancellationToken, async c =>
        {
            if (categories.Find(categoryId) is not { } category)
            {
                return Invalid("category", "查無此類別。", $"The category must be one of: {string.Join(", ", categories.All.Select(x => x.Id))}.");
            }
            if (c.Status == CaseStatus.Closed)
            {
                return new TriageOutcome.Conflict("A closed case cannot be re-categorised.");
            }
            var now = time.GetUtcNow();
            // Cases filed before masking began hold unmasked text; a training label never does.
            await labels.AddAsync(new TrainingLabel(ModelNames.ComplaintCategory, masker.Mask(TrainingText(c)), category.Id, actor, now, c.Number.ToString()), cancellationToken);
            var routed = c with
            {
                Category = category.Id,
                UnitId = category.UnitId,
                Status = c.Status is CaseStatus.Received or CaseStatus.NeedsReview ? CaseStatus.Routed : c.Status,
            };
            return new TriageOutcome.Done(routed.With(new CaseEvent(now, actor, "category-changed", $"{c.Category ?? "-"} → {category.Id}; unit {c.UnitId ?? "-"} → {category.UnitId}")));
        }));

    // A re-categorised case is routed anew, and its observers are told as of one the classifier routed.
    private async Task RoutedAsync(Case c, CancellationToken cancellationToken)
    {
        foreach (var observer in routing)
        {
            await observer.RoutedAsync(c, cancellationToken);
        }
    }

    public Task<TriageOutcome> ReplyAsync(CaseNumber number, string? reply, string actor, CancellationToken cancellationToken)
    {
        var text = reply?.Trim();
        return ThenAsync((c, ct) => followUp.RepliedAsync(c, c.Reply!, ct), cancellationToken, ChangeAsync(number, cancellationToken, c =>
        {
            if (string.IsNullOrEmpty(text) || text.Length > MaxReplyLength)
            {
                return Task.FromResult(Invalid("reply", $"請填寫回覆內容（最多 {MaxReplyLength} 字）。", $"The reply is required and at most {MaxReplyLength} characters."));
            }
            if (c.Status == CaseStatus.Closed)
            {
                return Task.FromResult<TriageOutcome>(new TriageOutcome.Conflict("The case is closed."));
            }
            var now = time.GetUtcNow();
            // Stored masked like the complaint, and the e-mail carries exactly what is stored: masking keeps the
            // agency's own phone numbers and addresses (organisation.json), so the citizen still gets them.
            var replied = c with { Reply = masker.Mask(text), RepliedAt = c.RepliedAt ?? now, Status = CaseStatus.Replied };
            return Task.FromResult<TriageOutcome>(new TriageOutcome.Done(replied.With(new CaseEvent(now, actor, "replied"))));
        }));
    }

    public Task<TriageOutcome> CloseAsync(CaseNumber number, string actor, CancellationToken cancellationToken) =>
        ThenAsync(followUp.ClosedAsync, cancellationToken, ChangeAsync(number, cancellationToken, c =>
        {
            if (c.Status == CaseStatus.Closed)
            {
                return Task.FromResult<TriageOutcome>(new TriageOutcome.Done(c));
            }
            if (c.Reply is null)
            {
                return Task.FromResult<TriageOutcome>(new TriageOutcome.Conflict("Record the reply before closing the case."));
            }
            var now = time.GetUtcNow();
            return Task.FromResult<TriageOutcome>(new TriageOutcome.Done((c with { Status = CaseStatus.Closed, ClosedAt = now }).With(new CaseEvent(now, actor, "closed"))));
        }));

    // The e-mail follows the stored change; a failure to queue it is reported rather than hidden, and the
    // change stays stored (replying or closing again queues it again).
    private static async Task<TriageOutcome> ThenAsync(Func<Case, CancellationToken, Task> followUp, CancellationToken cancellationToken, Task<TriageOutcome> change)
    {
        var outcome = await change;
        if (outcome is TriageOutcome.Done done)
        {
            await followUp(done.Case, cancellationToken);
        }
        return outcome;
    }

    public static string TrainingText(Case c) => c.Subject is null ? c.Text : $"{c.Subject}\n{c.Text}";

    private async Task<TriageOutcome> ChangeAsync(CaseNumber number, CancellationToken cancellationToken, Func<Case, Task<TriageOutcome>> change)
    {
        // A concurrent change by another staff member is re-read and the action applied again on top of it.
        for (var attempt = 0; ; attempt++)
        {
            var found = await cases.FindAsync(number, cancellationToken);
            if (found is null)
            {
                return new TriageOutcome.NotFound(number);
            }
            var outcome = await change(found.Case);
            if (outcome is not TriageOutcome.Done done || ReferenceEquals(done.Case, found.Case))
            {
                return outcome;
            }
            try
            {
                await cases.ReplaceAsync(done.Case, found.Version, cancellationToken);
                return done;
            }
            catch (CaseConflictException) when (attempt < 3)
            {
            }
        }
    }

    private static TriageOutcome Invalid(string field, string zhTw, string en) =>
        new TriageOutcome.Invalid(new ValidationErrors().Add(field, zhTw, en));
}
