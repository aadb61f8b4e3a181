using ServiceQuality.Domain.Validation;
using ServiceQuality.Storage.Operations;

namespace ServiceQuality.Handlers.Pages.Staff.Operations;

/// <summary>
/// What the operations page shows: the outbox, the poison messages of each queue, when this month's and this
/// year's figures were computed, and the model registry; after a refused form, its errors and values.
/// </summary>
public sealed record StaffOperationsModel(
    int OutboxCount,
    bool SendGridConfigured,
    IReadOnlyList<string> Queues,
    IReadOnlyList<PoisonMessage> Poison,
    int Year,
    int Month,
    DateTimeOffset? MonthComputedAt,
    DateTimeOffset? YearComputedAt,
    IReadOnlyList<ModelSummary> Models,
    string? MessageHtml = null,
    ValidationErrors? Errors = null,
    string? Form = null,
    string? YearText = null,
    string? MonthText = null);
