using ServiceQuality.Domain.Cases;

namespace ServiceQuality.Domain.Tests.Builders;

/// <summary>A case in the state a test needs: routed to metrology, filed five days before it is due, open, unless told otherwise.</summary>
public sealed class CaseBuilder
{
    private Case _case;

    private CaseBuilder(int year, int sequence, DateOnly due)
    {
        var filed = new DateTimeOffset(due.AddDays(-5).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));
        _case = new Case(new CaseNumber(year, sequence), filed, due, "加油機少給油", "加油站的加油機好像少給油。", CaseChannels.Web, "zh-TW",
            CaseStatus.Routed, "metrology-dispute", 0.9f, 50, "metrology", null, null, null, [new CaseEvent(filed, "citizen", "filed")]);
    }

    public static CaseBuilder Numbered(int sequence, DateOnly due) => new(due.Year, sequence, due);

    public CaseBuilder InYear(int year) => With(c => c with { Number = new CaseNumber(year, c.Number.Sequence) });

    public CaseBuilder Unit(string? unitId) => With(c => c with { UnitId = unitId });

    public CaseBuilder Category(string? category, float? confidence = 0.9f) => With(c => c with { Category = category, Confidence = confidence });

    public CaseBuilder Priority(int? priority) => With(c => c with { Priority = priority });

    public CaseBuilder Channel(string channel) => With(c => c with { Channel = channel });

    public CaseBuilder Language(string language) => With(c => c with { Language = language });

    /// <summary>Classified below the review threshold: a category guessed, no unit.</summary>
    public CaseBuilder NeedingReview() => With(c => c with { Status = CaseStatus.NeedsReview, UnitId = null, Confidence = 0.3f });

    /// <summary>Filed and not classified yet.</summary>
    public CaseBuilder Received() => With(c => c with { Status = CaseStatus.Received, UnitId = null, Category = null, Confidence = null, Priority = null });

    public CaseBuilder Replied(DateTimeOffset? at = null) =>
        With(c => c with { Status = CaseStatus.Replied, Reply = "已處理。", RepliedAt = at ?? c.FiledAt.AddDays(1) });

    public CaseBuilder Closed() =>
        With(c => c with { Status = CaseStatus.Closed, Reply = c.Reply ?? "已處理。", RepliedAt = c.RepliedAt ?? c.FiledAt.AddDays(1), ClosedAt = c.FiledAt.AddDays(2) });

    public Case Build() => _case;

    public static implicit operator Case(CaseBuilder builder) => builder.Build();

    private CaseBuilder With(Func<Case, Case> change)
    {
        _case = change(_case);
        return this;
    }
}
