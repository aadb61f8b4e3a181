using ServiceQuality.Domain.Classification;

namespace ServiceQuality.Domain.Cases;

/// <summary>
/// Classifies a new case (Handlers/Queues/CaseClassificationHandler runs it per queue message): scores the text with the complaint-category model, sets the priority,
/// and routes the case to its unit, or to staff review when the model is unsure.
/// Handling a message twice changes nothing the second time.
/// </summary>
public sealed class CaseClassificationService(
    ICaseStore cases,
    ITextClassifierPort classifier,
    CategoryMap categories,
    PriorityScorer priority,
    ClassificationOptions options,
    IEnumerable<ICaseRoutedObserver> routing,
    TimeProvider time)
{
    public const string Actor = "classifier";

    public async Task ClassifyAsync(CaseToClassify message, CancellationToken cancellationToken)
    {
        if (!CaseNumber.TryParse(message.CaseNumber, out var number))
        {
            throw new InvalidOperationException($"'{message.CaseNumber}' is not a case number.");
        }
        var found = await cases.FindAsync(number, cancellationToken)
            ?? throw new InvalidOperationException($"Case {number} was not found.");
        if (found.Case.Status != CaseStatus.Received)
        {
            return;
        }
        var text = found.Case.Subject is null ? found.Case.Text : $"{found.Case.Subject}\n{found.Case.Text}";
        var result = await classifier.ClassifyAsync(ModelNames.ComplaintCategory, text, cancellationToken);
        var category = categories.Find(result.Label);
        var confident = category is not null && result.Confidence >= options.ReviewThreshold;
        var updated = found.Case with
        {
            Category = category?.Id,
            Confidence = result.Confidence,
            Priority = priority.Score(category, text),
            UnitId = confident ? category!.UnitId : null,
            Status = confident ? CaseStatus.Routed : CaseStatus.NeedsReview,
        };
        updated = updated.With(new CaseEvent(
            time.GetUtcNow(),
            Actor,
            confident ? "routed" : "needs-review",
            $"{result.Label} ({result.Confidence:0.00})"));
        if (confident)
        {
            // Before the case is saved: observers are idempotent, so a retry after a failed save counts it once.
            foreach (var observer in routing)
            {
                await observer.RoutedAsync(updated, cancellationToken);
            }
        }
        await cases.ReplaceAsync(updated, found.Version, cancellationToken);
    }
}
