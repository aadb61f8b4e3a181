namespace ServiceQuality.Classification.Tests;

public sealed class LinearClassifierTests
{
    // Two features, three labels, stored feature-major: feature 0's weights for labels 0, 1, 2, then feature 1's.
    private static readonly LinearClassifier Classifier = new(
        featureCount: 2,
        labelCount: 3,
        weights: [1f, -1f, 0f, 0f, 2f, -1f],
        biases: [0.5f, 0f, -0.5f],
        confidenceScale: 3f);

    [Fact]
    public void Margins_are_the_weights_times_the_features_plus_the_bias()
    {
        var margins = new float[3];

        Classifier.Margins(SparseRows.Vector(2f, 1f), margins);

        Assert.Equal([2.5f, 0f, -1.5f], margins);
    }

    [Fact]
    public void Confidences_are_a_softmax_of_the_scaled_margins()
    {
        var scores = Classifier.Score(SparseRows.Vector(2f, 1f));

        double[] exponentials = [Math.Exp(3 * 2.5), Math.Exp(0), Math.Exp(3 * -1.5)];
        for (var label = 0; label < 3; label++)
        {
            Assert.Equal(exponentials[label] / exponentials.Sum(), scores[label], 5);
        }

        Assert.Equal(1f, scores.Sum(), 5);
    }

    [Fact]
    public void Huge_margins_give_finite_confidences()
    {
        var scores = Classifier.Score(SparseRows.Vector(1e6f, 0f));

        Assert.All(scores, score => Assert.True(float.IsFinite(score)));
        Assert.Equal(1f, scores[0]);
    }

    [Fact]
    public void Weights_round_trip_through_their_saved_form()
    {
        using var buffer = new MemoryStream();
        Classifier.Write(buffer);
        buffer.Position = 0;

        var reloaded = LinearClassifier.Read(buffer);

        Assert.Equal(Classifier.ConfidenceScale, reloaded.ConfidenceScale);
        Assert.Equal(Classifier.Score(SparseRows.Vector(0.3f, -0.7f)), reloaded.Score(SparseRows.Vector(0.3f, -0.7f)));
    }

    [Fact]
    public void A_truncated_weight_file_is_rejected_as_invalid_data()
    {
        using var buffer = new MemoryStream();
        Classifier.Write(buffer);

        using var truncated = new MemoryStream(buffer.ToArray()[..^4]);

        Assert.Throws<InvalidDataException>(() => LinearClassifier.Read(truncated));
    }
}
