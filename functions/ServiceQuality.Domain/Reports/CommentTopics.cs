using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Reports;

/// <summary>The names of the comment-topic model's labels, as the report prints them.</summary>
public static class CommentTopics
{
    private static readonly IReadOnlyDictionary<string, LocalizedText> Names = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        ["waiting-time"] = LocalizedText.Of("等候時間", "Waiting time"),
        ["staff-attitude"] = LocalizedText.Of("服務態度", "Staff attitude"),
        ["explanation-and-accuracy"] = LocalizedText.Of("說明與正確性", "Explanation and accuracy"),
        ["process-and-documents"] = LocalizedText.Of("流程與文件", "Process and documents"),
        ["online-and-information"] = LocalizedText.Of("網路與資訊", "Online services and information"),
        ["facilities-and-environment"] = LocalizedText.Of("設施與環境", "Facilities and environment"),
        ["other"] = LocalizedText.Of("其他", "Other"),
    };

    /// <summary>The labels the topic model is trained with, in the order a filter lists them.</summary>
    public static IReadOnlyList<string> Known { get; } = [.. Names.Keys];

    /// <summary>The topic's name; a label the model learned later is shown as it is.</summary>
    public static LocalizedText NameOf(string topic) => Names.GetValueOrDefault(topic) ?? LocalizedText.Of(topic, topic);
}
