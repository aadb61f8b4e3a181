using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Etiquette;

public sealed class EtiquetteTestServiceTests
{
    private readonly InMemoryEtiquetteTestStore _store = new();
    private readonly EtiquetteTestService _service;

    public EtiquetteTestServiceTests()
    {
        var rubric = EtiquetteDefinitions.Rubric;
        _service = new EtiquetteTestService(
            rubric, new EtiquetteTestValidator(rubric, Definitions.Organisation), _store, new InMemoryIdempotencyStore(), FixedClock.AtTaipei(2026, 6, 15));
    }

    [Fact]
    public async Task A_recorded_test_carries_the_server_computed_total_and_grade()
    {
        var outcome = await _service.RecordAsync(EtiquetteSubmissionBuilder.Valid().Totalling(85).Build(), "tester@agency", null, CancellationToken.None);

        var test = Assert.IsType<EtiquetteOutcome.Recorded>(outcome).Test;
        Assert.Equal(85, test.Total);
        Assert.Equal("satisfactory", test.Grade);
        Assert.False(test.Commended);
        Assert.Null(test.RetestDue);
        Assert.Equal("tester@agency", test.RecordedBy);
        Assert.Same(test, Assert.Single(_store.All));
    }

    [Fact]
    public async Task A_test_of_90_or_more_is_commended()
    {
        var test = await RecordAsync(EtiquetteSubmissionBuilder.Valid().Totalling(90));

        Assert.Equal("excellent", test.Grade);
        Assert.True(test.Commended);
    }

    [Fact]
    public async Task A_test_below_70_is_due_for_retest_30_taipei_days_after_the_test()
    {
        // 23:30 on 31 January in Taipei is still 31 January there, though it is 15:30 UTC.
        var test = await RecordAsync(EtiquetteSubmissionBuilder.Valid().At("2026-01-31T23:30").Totalling(69));

        Assert.Equal("retest", test.Grade);
        Assert.Equal(new DateOnly(2026, 3, 2), test.RetestDue);
        Assert.Equal("2026-01", test.Month.ToString());
    }

    [Fact]
    public async Task The_same_idempotency_key_twice_stores_one_test_and_replays_the_first()
    {
        var submission = EtiquetteSubmissionBuilder.Valid().Build();

        var first = Assert.IsType<EtiquetteOutcome.Recorded>(await _service.RecordAsync(submission, "a", "key-1", CancellationToken.None));
        var second = Assert.IsType<EtiquetteOutcome.Recorded>(await _service.RecordAsync(submission, "a", "key-1", CancellationToken.None));

        Assert.True(second.Replayed);
        Assert.Equal(first.Test.Id, second.Test.Id);
        Assert.Single(_store.All);
    }

    [Fact]
    public async Task A_key_reused_for_a_different_test_is_refused_and_stores_nothing_new()
    {
        await _service.RecordAsync(EtiquetteSubmissionBuilder.Valid().Build(), "a", "key-2", CancellationToken.None);

        var outcome = await _service.RecordAsync(EtiquetteSubmissionBuilder.Valid().Totalling(50).Build(), "a", "key-2", CancellationToken.None);

        Assert.IsType<EtiquetteOutcome.KeyReused>(outcome);
        Assert.Single(_store.All);
    }

    [Fact]
    public async Task An_invalid_test_or_key_stores_nothing()
    {
        var invalid = await _service.RecordAsync(EtiquetteSubmissionBuilder.Valid().In("nowhere").Build(), "a", null, CancellationToken.None);
        var badKey = await _service.RecordAsync(EtiquetteSubmissionBuilder.Valid().Build(), "a", "not a key!", CancellationToken.None);

        Assert.IsType<EtiquetteOutcome.Invalid>(invalid);
        Assert.True(Assert.IsType<EtiquetteOutcome.Invalid>(badKey).Errors.Has("Idempotency-Key"));
        Assert.Empty(_store.All);
    }

    private async Task<EtiquetteTest> RecordAsync(EtiquetteSubmissionBuilder builder) =>
        Assert.IsType<EtiquetteOutcome.Recorded>(await _service.RecordAsync(builder.Build(), "a", null, CancellationToken.None)).Test;
}
