using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Comments;

/// <summary>The names of the comment-sentiment model's labels, as the staff pages print them.</summary>
public static class CommentSentiments
{
    private static readonly IReadOnlyDictionary<string, LocalizedText> Names = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        ["negative"] = LocalizedText.Of("負面", "Negative"),
        ["neutral"] = LocalizedText.Of("中性", "Neutral"),
        ["positive"] = LocalizedText.Of("正面", "Positive"),
    };

    /// <summary>The sentiment's name; a label the model learned later is shown as it is.</summary>
    public static LocalizedText NameOf(string sentiment) => Names.GetValueOrDefault(sentiment) ?? LocalizedText.Of(sentiment, sentiment);
}
