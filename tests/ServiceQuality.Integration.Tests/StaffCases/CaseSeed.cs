using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Integration.Tests.StaffCases;

/// <summary>
/// Cases stored straight through the case store in the state a test needs (needs review, overdue, replied…), filed
/// today so they are in this year's inbox. Nothing is queued, so the classifier never touches them.
/// </summary>
public sealed class CaseSeed(IServiceProvider services)
{
    private readonly ICaseStore _cases = services.GetRequiredService<ICaseStore>();
    private readonly ICaseContactStore _contacts = services.GetRequiredService<ICaseContactStore>();

    public static DateOnly Today => TaipeiTime.DateOf(DateTimeOffset.UtcNow);

    /// <summary>A routed metrology case due in <paramref name="dueInDays"/> calendar days, changed by <paramref name="shape"/>.</summary>
    public async Task<Case> AddAsync(int dueInDays, Func<Case, Case>? shape = null, string? email = null, string text = "加油站的加油機好像少給油。")
    {
        var draft = new CaseDraft(DateTimeOffset.UtcNow, Today.AddDays(dueInDays), "加油機少給油", text, CaseChannels.Web, "zh-TW", Guid.NewGuid().ToString("N"));
        var (created, _) = (await _cases.CreateAsync(draft, null, CancellationToken.None))!.Value;
        var routed = created with { Status = CaseStatus.Routed, Category = "metrology-dispute", Confidence = 0.91f, Priority = 40, UnitId = "metrology" };
        var shaped = shape is null ? routed : shape(routed);
        var found = (await _cases.FindAsync(created.Number, CancellationToken.None))!;
        await _cases.ReplaceAsync(shaped, found.Version, CancellationToken.None);
        if (email is not null)
        {
            await _contacts.SaveAsync(new CaseContact(created.Number, "王小明", email, "0912-345-678", "zh-TW"), CancellationToken.None);
        }
        return shaped;
    }

    public static Case NeedingReview(Case c) => c with { Status = CaseStatus.NeedsReview, UnitId = null, Confidence = 0.31f };

    public static Case Closed(Case c) => c with { Status = CaseStatus.Closed, Reply = "已處理。", RepliedAt = c.FiledAt, ClosedAt = c.FiledAt };

    public static Func<Case, Case> InUnit(string unitId, string category) => c => c with { UnitId = unitId, Category = category };

    public static Func<Case, Case> WithPriority(int priority) => c => c with { Priority = priority };
}
