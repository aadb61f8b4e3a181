using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Audit;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Leads;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Integration.Tests.StaffPages;

/// <summary>Seller leads and etiquette tests stored straight through their stores, in the state a test needs.</summary>
public sealed class StaffPagesSeed(IServiceProvider services)
{
    private readonly ISellerLeadStore _leads = services.GetRequiredService<ISellerLeadStore>();
    private readonly IEtiquetteTestStore _tests = services.GetRequiredService<IEtiquetteTestStore>();
    private readonly EtiquetteRubric _rubric = services.GetRequiredService<EtiquetteRubric>();
    private readonly IAuditTrail _audit = services.GetRequiredService<IAuditTrail>();

    /// <summary>A new open lead with its own id and these case numbers (made-up ones unless given).</summary>
    public async Task<SellerLead> LeadAsync(string shopName, params string[] caseNumbers)
    {
        var id = Guid.NewGuid().ToString("N")[..16];
        var numbers = caseNumbers.Length > 0 ? caseNumbers : [NewCaseNumber(), NewCaseNumber()];
        var now = DateTimeOffset.UtcNow;
        var lead = new SellerLead(id, [$"test:{id}"], "shopee", shopName, $"shop{id[..6]}", $"https://shopee.tw/shop{id[..6]}", ["power-bank"], numbers, now.AddDays(-3), now);
        if (!await _leads.TrySaveAsync(lead, null, CancellationToken.None))
        {
            throw new InvalidOperationException($"Lead {id} could not be stored.");
        }
        return lead;
    }

    public async Task<SellerLead?> FindLeadAsync(string id) => (await _leads.GetAsync(id, CancellationToken.None))?.Lead;

    /// <summary>
    /// A test of <paramref name="unitId"/> at <paramref name="testedAt"/> scored <paramref name="total"/>; storing the same
    /// <paramref name="id"/> again leaves one test.
    /// </summary>
    public async Task<EtiquetteTest> EtiquetteTestAsync(string unitId, DateTimeOffset testedAt, string staff, int total = 86, string? id = null)
    {
        var grade = _rubric.Grade(total);
        var scores = _rubric.Items.ToDictionary(i => i.Id, _ => 0);
        var test = new EtiquetteTest(id ?? Guid.NewGuid().ToString("N")[..12], testedAt, unitId, staff, "1234", "張家豪", scores, total, grade.Id,
            grade.Commend, grade.RetestWithinDays is { } days ? TaipeiTime.DateOf(testedAt).AddDays(days) : null, null, _rubric.Version, testedAt, "張家豪");
        await _tests.SaveAsync(test, CancellationToken.None);
        return test;
    }

    /// <summary>This month's audit entries of one action, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(string action)
    {
        var list = new List<AuditEntry>();
        await foreach (var entry in _audit.ListMonthAsync(MonthKey.Of(DateTimeOffset.UtcNow), CancellationToken.None))
        {
            if (entry.Action == action)
            {
                list.Add(entry);
            }
        }
        return list;
    }

    private static string NewCaseNumber() => $"{TaipeiTime.DateOf(DateTimeOffset.UtcNow).Year}-{Random.Shared.Next(100_000, 999_999)}";
}
