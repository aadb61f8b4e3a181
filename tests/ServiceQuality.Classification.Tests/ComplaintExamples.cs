namespace ServiceQuality.Classification.Tests;

/// <summary>
/// Builds small, clearly separable complaint sets in Traditional Chinese and English: each category
/// has its own vocabulary, combined with shared filler so the classifier must pick up the
/// category words rather than sentence shape.
/// </summary>
internal static class ComplaintExamples
{
    public const string Parking = "parking";
    public const string Billing = "billing";
    public const string Staff = "staff";

    private static readonly string[] Openings = ["", "我想反映", "請處理", "Please note:", "Again,", "真的很失望"];

    private static readonly Dictionary<string, string[]> Phrases = new()
    {
        [Parking] =
        [
            "停車場車位太少", "停車位一直客滿", "機車停車格不夠", "停車費太貴", "找不到停車位",
            "the car park is always full", "no parking spaces near the office", "parking fees are too high",
        ],
        [Billing] =
        [
            "帳單金額錯誤", "水費帳單重複扣款", "繳費單寄錯地址", "退款一直沒有入帳", "帳單多收了費用",
            "the invoice amount is wrong", "I was charged twice on my bill", "refund never arrived on my account",
        ],
        [Staff] =
        [
            "櫃台人員態度很差", "承辦人員講話不禮貌", "服務人員不耐煩", "窗口職員很兇", "人員態度冷淡",
            "the clerk was rude to me", "staff at the counter were impolite", "the officer shouted at us",
        ],
    };

    public static IReadOnlyList<LabelledText> Training()
    {
        var examples = new List<LabelledText>();
        foreach (var (label, phrases) in Phrases)
        {
            foreach (var phrase in phrases)
            {
                foreach (var opening in Openings)
                {
                    examples.Add(new LabelledText($"{opening} {phrase}".Trim(), label));
                }
            }
        }

        return examples;
    }

    /// <summary>New sentences, not in the training set, whose category words are unambiguous.</summary>
    public static IReadOnlyList<LabelledText> Unseen() =>
    [
        new("今天停車場又沒有車位", Parking),
        new("The PARKING spaces are full again", Parking),
        new("這個月的帳單金額不對", Billing),
        new("my bill shows a double charge", Billing),
        new("櫃台職員態度不禮貌", Staff),
        new("the staff were rude and impolite", Staff),
    ];
}
