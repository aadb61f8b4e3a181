using ServiceQuality.Classification;
using ServiceQuality.ModelRegistry.Tests.Support;

namespace ServiceQuality.ModelRegistry.Tests.Training;

public sealed class FixedEvaluationSplitTests
{
    [Fact]
    public void A_text_is_on_the_same_side_whatever_else_is_in_the_data_and_in_whatever_order()
    {
        var data = TrainingData.Separable();
        var (_, evaluation) = FixedEvaluationSplit.Split(data);
        var (_, reversed) = FixedEvaluationSplit.Split(data.Reverse().Take(data.Count / 2).ToList());

        Assert.All(reversed, example => Assert.Contains(example, evaluation));
        Assert.Equal(evaluation.Select(e => e.Text).Order(StringComparer.Ordinal), data.Where(e => FixedEvaluationSplit.IsEvaluation(e.Text)).Select(e => e.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_text_keeps_its_side_when_its_case_width_or_surrounding_space_differ()
    {
        var texts = TrainingData.Separable().Select(example => example.Text).Where(text => text.Any(char.IsAsciiLetter)).ToArray();

        Assert.All(texts, text => Assert.Equal(FixedEvaluationSplit.IsEvaluation(text), FixedEvaluationSplit.IsEvaluation($"  {text.ToUpperInvariant()} ")));
    }

    [Fact]
    public void About_one_text_in_five_is_held_out()
    {
        var texts = Enumerable.Range(0, 5000).Select(i => $"第{i}件陳情 complaint {i}").ToArray();

        Assert.InRange(texts.Count(FixedEvaluationSplit.IsEvaluation), 900, 1100);
    }

    [Fact]
    public void The_fingerprint_changes_with_a_label_but_not_with_the_order_of_the_examples()
    {
        var (_, evaluation) = FixedEvaluationSplit.Split(TrainingData.Separable());
        var relabelled = evaluation.Select((example, i) => i == 0 ? example with { Label = "other" } : example).ToList();

        Assert.Equal(FixedEvaluationSplit.Fingerprint(evaluation), FixedEvaluationSplit.Fingerprint(evaluation.Reverse().ToList()));
        Assert.NotEqual(FixedEvaluationSplit.Fingerprint(evaluation), FixedEvaluationSplit.Fingerprint(relabelled));
    }
}
