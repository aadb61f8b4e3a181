using System.Globalization;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Domain.Cases;

/// <summary>
/// What staff filter the case inbox by: the year cases were filed in, optionally one unit, category, status and channel,
/// whether closed cases are listed too, only the overdue or only those due today, and a page. Asking for the status
/// "closed" lists closed cases without the flag.
/// </summary>
public sealed record CaseInboxQuery(
    int Year, string? UnitId = null, string? Category = null, string? Status = null, string? Channel = null, bool IncludeClosed = false, int Page = 1,
    string? Due = null)
{
    /// <summary>The <see cref="Due"/> filter: cases past their reply date.</summary>
    public const string Overdue = "overdue";

    /// <summary>The <see cref="Due"/> filter: unanswered cases whose reply date is today (Taipei).</summary>
    public const string DueToday = "today";

    public static readonly IReadOnlyList<string> DueFilters = [Overdue, DueToday];

    /// <summary>The query fields, in the order links write them.</summary>
    public static readonly IReadOnlyList<string> Fields = ["year", "unit", "category", "status", "channel", "due", "closed", "page"];

    /// <summary>
    /// Reads the query from its fields; a missing year is <paramref name="currentYear"/>. Unit and category must be
    /// among those given; each bad field is named in <paramref name="errors"/>.
    /// </summary>
    public static CaseInboxQuery? Parse(
        IReadOnlyDictionary<string, string?> fields, int currentYear, IReadOnlyCollection<string> units, IReadOnlyCollection<string> categories, ValidationErrors errors)
    {
        string? Field(string name) => fields.GetValueOrDefault(name) is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var year = currentYear;
        if (Field("year") is { } yearText && (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out year) || year is < 2000 or > 9999))
        {
            errors.Add("year", "年度須為四位數西元年，例如 2026。", "The year must be a four-digit year, e.g. 2026.");
        }
        var unit = Field("unit");
        if (unit is not null && !units.Contains(unit))
        {
            errors.Add("unit", "沒有這個單位。", "There is no such unit.");
        }
        var category = Field("category");
        if (category is not null && !categories.Contains(category))
        {
            errors.Add("category", "沒有這個類別。", "There is no such category.");
        }
        var status = Field("status");
        if (status is not null && !CaseStatus.All.Contains(status))
        {
            errors.Add("status", "狀態不正確。", $"The status must be one of: {string.Join(", ", CaseStatus.All)}.");
        }
        var channel = Field("channel");
        if (channel is not null && !CaseChannels.All.Contains(channel))
        {
            errors.Add("channel", "管道不正確。", $"The channel must be one of: {string.Join(", ", CaseChannels.All)}.");
        }
        var due = Field("due");
        if (due is not null && !DueFilters.Contains(due))
        {
            errors.Add("due", "到期條件不正確。", $"The due filter must be one of: {string.Join(", ", DueFilters)}.");
        }
        var closed = Field("closed") switch
        {
            null or "false" => false,
            "true" => true,
            _ => (bool?)null,
        };
        if (closed is null)
        {
            errors.Add("closed", "須為 true 或 false。", "Must be true or false.");
        }
        var page = 1;
        if (Field("page") is { } pageText && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            errors.Add("page", "頁數須為 1 以上的整數。", "The page must be a whole number from 1.");
        }
        return errors.IsEmpty ? new CaseInboxQuery(year, unit, category, status, channel, closed!.Value, page, due) : null;
    }

    public bool Matches(Case c, DateTimeOffset now) =>
        c.Number.Year == Year
        && Due switch
        {
            Overdue => c.IsOverdue(now),
            DueToday => c.RepliedAt is null && c.Status != CaseStatus.Closed && c.DueDate == TaipeiTime.DateOf(now),
            _ => true,
        }
        && (UnitId is null || c.UnitId == UnitId)
        && (Category is null || c.Category == Category)
        && (Status is null || c.Status == Status)
        && (Channel is null || c.Channel == Channel)
        && (IncludeClosed || Status == CaseStatus.Closed || c.Status != CaseStatus.Closed);
}
