using System.Globalization;
using System.Runtime.CompilerServices;
using ServiceQuality.Domain.Idempotency;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Etiquette;

/// <summary>
/// Records phone-etiquette tests: validates them, scores them against the rubric and stores them.
/// The total and grade are always the server's, whatever a client may have computed.
/// </summary>
public sealed class EtiquetteTestService(
    EtiquetteRubric rubric,
    EtiquetteTestValidator validator,
    IEtiquetteTestStore tests,
    IIdempotencyStore idempotency,
    TimeProvider time)
{
    public async Task<EtiquetteOutcome> RecordAsync(EtiquetteTestSubmission submission, string actor, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (valid, errors) = validator.Validate(submission, now);
        if (idempotencyKey is not null && !IdempotencyKey.IsValid(idempotencyKey))
        {
            errors.Add(IdempotencyKey.HeaderName, "重送識別碼格式不正確。",
                $"The idempotency key must be 1 to {IdempotencyKey.MaxLength} letters, digits, '-', '_', '.' or ':'.");
        }
        if (valid is null || !errors.IsEmpty)
        {
            return new EtiquetteOutcome.Invalid(errors);
        }

        var total = rubric.Total(valid.Scores);
        var grade = rubric.Grade(total);
        var testedOn = TaipeiTime.DateOf(valid.TestedAt);
        var test = new EtiquetteTest(
            Guid.CreateVersion7(now).ToString("N"),
            valid.TestedAt,
            valid.UnitId,
            valid.Staff,
            valid.Extension,
            valid.Tester,
            valid.Scores,
            total,
            grade.Id,
            grade.Commend,
            grade.RetestWithinDays is { } days ? testedOn.AddDays(days) : null,
            valid.Notes,
            rubric.Version,
            now,
            actor);

        var replayed = false;
        if (idempotencyKey is not null)
        {
            var entry = new IdempotencyEntry("etiquette-test", idempotencyKey, test.Id, Fingerprint(test), now);
            var earlier = await idempotency.TryClaimAsync(entry, cancellationToken);
            if (earlier is not null)
            {
                if (earlier.Fingerprint != entry.Fingerprint)
                {
                    return new EtiquetteOutcome.KeyReused(idempotencyKey);
                }
                // The first attempt may have failed after claiming the key, so its write is repeated under the
                // first attempt's id and time; the write is an upsert and so safe to repeat.
                test = test with { Id = earlier.ResourceId, RecordedAt = earlier.CreatedAt };
                replayed = true;
            }
        }

        await tests.SaveAsync(test, cancellationToken);
        return new EtiquetteOutcome.Recorded(test, replayed);
    }

    public Task<EtiquetteTest?> FindAsync(MonthKey month, string id, CancellationToken cancellationToken) => tests.FindAsync(month, id, cancellationToken);

    /// <summary>The tests of a year, or of one month of it, optionally of one unit, oldest first.</summary>
    public async IAsyncEnumerable<EtiquetteTest> ListAsync(int year, int? month, string? unitId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var months = month is { } m ? [new MonthKey(year, m)] : Enumerable.Range(1, 12).Select(i => new MonthKey(year, i));
        foreach (var key in months)
        {
            var list = new List<EtiquetteTest>();
            await foreach (var test in tests.ListMonthAsync(key, cancellationToken))
            {
                if (unitId is null || test.UnitId == unitId)
                {
                    list.Add(test);
                }
            }
            foreach (var test in list.OrderBy(t => t.TestedAt).ThenBy(t => t.Id, StringComparer.Ordinal))
            {
                yield return test;
            }
        }
    }

    // The recording staff member and time are not part of it: a retry by the same tester must match.
    private static string Fingerprint(EtiquetteTest test) =>
        IdempotencyKey.Fingerprint(
            new[] { test.TestedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), test.UnitId, test.Staff, test.Extension, test.Tester, test.Notes }
                .Concat(test.Scores.OrderBy(s => s.Key, StringComparer.Ordinal).SelectMany(s => new[] { s.Key, s.Value.ToString(CultureInfo.InvariantCulture) })));
}
