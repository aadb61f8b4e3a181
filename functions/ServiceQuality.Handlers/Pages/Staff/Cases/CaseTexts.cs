using System.Globalization;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Classification;
using ServiceQuality.Domain.Email;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Privacy;

namespace ServiceQuality.Handlers.Pages.Staff.Cases;

/// <summary>What the staff case pages write for the codes a case stores: statuses, history events, units, categories.</summary>
public static class CaseTexts
{
    private static readonly Dictionary<string, LocalizedText> Statuses = new(StringComparer.Ordinal)
    {
        [CaseStatus.Received] = LocalizedText.Of("已收件，待分類", "Received, not classified yet"),
        [CaseStatus.Routed] = LocalizedText.Of("已分派", "Routed"),
        [CaseStatus.NeedsReview] = LocalizedText.Of("待人工分類", "Needs review"),
        [CaseStatus.Replied] = LocalizedText.Of("已回覆", "Replied"),
        [CaseStatus.Closed] = LocalizedText.Of("已結案", "Closed"),
    };

    private static readonly Dictionary<string, LocalizedText> Events = new(StringComparer.Ordinal)
    {
        ["filed"] = LocalizedText.Of("民眾陳情", "Filed"),
        ["routed"] = LocalizedText.Of("自動分類並分派", "Classified and routed"),
        ["needs-review"] = LocalizedText.Of("自動分類信心不足，待人工分類", "Classified with low confidence, sent for review"),
        ["category-changed"] = LocalizedText.Of("更正類別", "Category corrected"),
        ["replied"] = LocalizedText.Of("回覆", "Replied"),
        ["closed"] = LocalizedText.Of("結案", "Closed"),
        [CaseEmails.SurveyInvited] = LocalizedText.Of("寄出滿意度問卷邀請", "Survey invitation sent"),
        [CaseEmails.OverdueNotified] = LocalizedText.Of("寄出逾期通知", "Overdue notices sent"),
        [CaseEmails.AcknowledgementWithheld] = LocalizedText.Of("未寄受理通知（同一信箱當日已達上限）", "Acknowledgement withheld (address limit for the day)"),
        [ContactPurgeService.PurgedEvent] = LocalizedText.Of("依保存期限刪除聯絡資料", "Contact details deleted after the retention period"),
    };

    public static string Status(string status, string language) => Statuses.TryGetValue(status, out var text) ? text[language] : status;

    /// <summary>A history event by name; an event this page does not know yet is shown by its code, never hidden.</summary>
    public static string Event(string kind, string language) => Events.TryGetValue(kind, out var text) ? text[language] : kind;

    public static string Unit(string? unitId, AgencyOrganisation organisation, string language) =>
        unitId is null ? (language == Language.English ? "Not assigned" : "尚未分派")
        : organisation.Find(unitId)?.Name[language] ?? unitId;

    public static string Category(string? categoryId, CategoryMap categories, string language) =>
        categoryId is null ? (language == Language.English ? "Not classified" : "尚未分類")
        : categories.Find(categoryId)?.Name[language] ?? categoryId;

    /// <summary>The classifier's confidence as a percentage, bracketed as the language brackets.</summary>
    public static string Confidence(float? confidence, string language) =>
        confidence is not { } c ? ""
        : language == Language.English ? string.Create(CultureInfo.InvariantCulture, $" ({c * 100:0}% confident)")
        : string.Create(CultureInfo.InvariantCulture, $"（信心 {c * 100:0}%）");
}
