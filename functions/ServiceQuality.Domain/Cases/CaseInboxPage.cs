namespace ServiceQuality.Domain.Cases;

/// <summary>One page of the case inbox.</summary>
/// <param name="Total">Cases matching the filters and the viewer's scope, on every page.</param>
/// <param name="Now">The instant the page was read at, which decides what is overdue.</param>
public sealed record CaseInboxPage(CaseInboxQuery Query, IReadOnlyList<Case> Cases, int Total, int PageCount, int PageSize, DateTimeOffset Now);
