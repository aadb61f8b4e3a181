using ServiceQuality.Classification;
using ServiceQuality.Domain.Classification;

namespace ServiceQuality.ModelRegistry.Tests.Retraining;

public sealed class TrainingSetMergerTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_persons_label_replaces_the_seed_label_of_the_same_text()
    {
        IReadOnlyList<LabelledText> seed = [new("停車位太少", "parking"), new("帳單錯誤", "billing")];

        var merged = TrainingSetMerger.Merge(seed, [Label(" 停車位太少 ", "facilities", Monday)]);

        Assert.Equal([new LabelledText("停車位太少", "facilities"), new LabelledText("帳單錯誤", "billing")], merged);
    }

    [Fact]
    public void Texts_are_compared_as_the_classifier_sees_them()
    {
        IReadOnlyList<LabelledText> seed = [new("The Clerk Was Rude", "staff")];

        var merged = TrainingSetMerger.Merge(seed, [Label("the clerk was rude", "staff-attitude", Monday)]);

        Assert.Equal([new LabelledText("The Clerk Was Rude", "staff-attitude")], merged);
    }

    [Fact]
    public void Of_several_labels_for_one_text_the_latest_wins()
    {
        var merged = TrainingSetMerger.Merge(
            [],
            [
                Label("櫃台很兇", "other", Monday.AddDays(2)),
                Label("櫃台很兇", "staff", Monday.AddDays(5)),
                Label("櫃台很兇", "billing", Monday),
            ]);

        Assert.Equal([new LabelledText("櫃台很兇", "staff")], merged);
    }

    [Fact]
    public void Labels_for_new_texts_are_added_after_the_seed_and_duplicates_of_an_overridden_text_collapse()
    {
        IReadOnlyList<LabelledText> seed = [new("a", "x"), new("a", "x"), new("b", "y")];

        var merged = TrainingSetMerger.Merge(seed, [Label("a", "z", Monday), Label("c", "y", Monday)]);

        Assert.Equal([new LabelledText("a", "z"), new LabelledText("b", "y"), new LabelledText("c", "y")], merged);
    }

    [Fact]
    public void Blank_labels_are_ignored()
    {
        IReadOnlyList<LabelledText> seed = [new("a", "x")];

        var merged = TrainingSetMerger.Merge(seed, [Label("a", " ", Monday), Label(" ", "y", Monday)]);

        Assert.Equal(seed, merged);
    }

    private static TrainingLabel Label(string text, string label, DateTimeOffset at) =>
        new("complaint-category", text, label, "staff:lin", at, "case");
}
