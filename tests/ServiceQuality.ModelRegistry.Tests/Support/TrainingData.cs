using System.Text;
using ServiceQuality.Classification;

namespace ServiceQuality.ModelRegistry.Tests.Support;

/// <summary>
/// Small labelled sets in Traditional Chinese and English: each category has its own words, mixed with
/// shared openings, so a model must learn the category words. Small enough to train in well under a second.
/// </summary>
internal static class TrainingData
{
    public const string Parking = "parking";
    public const string Billing = "billing";
    public const string Staff = "staff";

    private static readonly string[] Openings = ["", "我想反映", "請處理", "Please note:", "Again,", "真的很失望"];

    private static readonly (string Label, string[] Phrases)[] Categories =
    [
        (Parking,
        [
            "停車場車位太少", "停車位一直客滿", "機車停車格不夠", "停車費太貴", "找不到停車位",
            "the car park is always full", "no parking spaces near the office", "parking fees are too high",
        ]),
        (Billing,
        [
            "帳單金額錯誤", "水費帳單重複扣款", "繳費單寄錯地址", "退款一直沒有入帳", "帳單多收了費用",
            "the invoice amount is wrong", "I was charged twice on my bill", "refund never arrived on my account",
        ]),
        (Staff,
        [
            "櫃台人員態度很差", "承辦人員講話不禮貌", "服務人員不耐煩", "窗口職員很兇", "人員態度冷淡",
            "the clerk was rude to me", "staff at the counter were impolite", "the officer shouted at us",
        ]),
    ];

    /// <summary>144 examples a model separates almost perfectly.</summary>
    public static IReadOnlyList<LabelledText> Separable() =>
        Categories
            .SelectMany(category => category.Phrases.SelectMany(phrase =>
                Openings.Select(opening => new LabelledText($"{opening} {phrase}".Trim(), category.Label))))
            .ToList();

    /// <summary>
    /// The same texts with their labels shuffled (a fixed seed, so every run is the same): the labels no
    /// longer follow the words, and no model does much better than chance.
    /// </summary>
    public static IReadOnlyList<LabelledText> Noisy()
    {
        var examples = Separable();
        var labels = examples.Select(example => example.Label).ToArray();
        new Random(7).Shuffle(labels);
        return examples.Select((example, i) => example with { Label = labels[i] }).ToList();
    }

    /// <summary>New sentences whose category words are unambiguous.</summary>
    public static IReadOnlyList<LabelledText> Unseen() =>
    [
        new("今天停車場又沒有車位", Parking),
        new("The PARKING spaces are full again", Parking),
        new("這個月的帳單金額不對", Billing),
        new("my bill shows a double charge", Billing),
        new("櫃台職員態度不禮貌", Staff),
        new("the staff were rude and impolite", Staff),
    ];

    public static string ToCsv(IEnumerable<LabelledText> examples, string textColumn = "text", string labelColumn = "label")
    {
        var csv = new StringBuilder();
        csv.AppendLine("# Test data written by the model tests.");
        csv.AppendLine($"{textColumn},{labelColumn}");
        foreach (var example in examples)
        {
            csv.AppendLine($"\"{example.Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{example.Label}");
        }

        return csv.ToString();
    }
}
