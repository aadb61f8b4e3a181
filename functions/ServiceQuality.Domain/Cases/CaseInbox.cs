namespace ServiceQuality.Domain.Cases;

/// <summary>
/// The staff case inbox: the cases of a year that match the filters and that the viewer may see, in working order
/// (<see cref="CaseInboxOrder"/>), a page at a time.
/// </summary>
public sealed class CaseInbox(ICaseStore cases, CaseInboxOptions options, TimeProvider time)
{
    public int PageSize { get; } = Math.Max(1, options.PageSize);

    /// <param name="unitScope">The one unit a unit member may see; null for staff who see every unit's cases.</param>
    public async Task<CaseInboxPage> ReadAsync(CaseInboxQuery query, string? unitScope, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var matching = new List<Case>();
        await foreach (var c in cases.ListYearAsync(query.Year, cancellationToken))
        {
            if (query.Matches(c, now) && (unitScope is null || c.UnitId == unitScope))
            {
                matching.Add(c);
            }
        }
        var pageCount = Math.Max(1, (matching.Count + PageSize - 1) / PageSize);
        var page = CaseInboxOrder.Order(matching, now).Skip((query.Page - 1) * PageSize).Take(PageSize).ToList();
        return new CaseInboxPage(query, page, matching.Count, pageCount, PageSize, now);
    }
}
