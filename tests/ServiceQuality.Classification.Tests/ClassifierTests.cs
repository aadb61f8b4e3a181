using System.Collections.Concurrent;

namespace ServiceQuality.Classification.Tests;

public sealed class ClassifierTests(TrainedComplaintModel trained) : IClassFixture<TrainedComplaintModel>
{
    [Fact]
    public void Unseen_complaints_are_put_in_the_right_category()
    {
        using var classifier = new PooledTextClassifier(trained.Model);

        foreach (var example in ComplaintExamples.Unseen())
        {
            var prediction = classifier.Predict(example.Text);
            Assert.True(example.Label == prediction.Label, $"'{example.Text}' was classified as {prediction.Label}, expected {example.Label}.");
        }
    }

    [Fact]
    public void Confidence_is_the_winning_probability_and_scores_sum_to_one()
    {
        using var classifier = new PooledTextClassifier(trained.Model);

        var prediction = classifier.Predict("停車場車位太少");

        Assert.Equal([ComplaintExamples.Billing, ComplaintExamples.Parking, ComplaintExamples.Staff], prediction.Scores.Keys.Order());
        Assert.All(prediction.Scores.Values, score => Assert.InRange(score, 0f, 1f));
        Assert.Equal(1f, prediction.Scores.Values.Sum(), 3);
        Assert.Equal(prediction.Scores.Values.Max(), prediction.Confidence);
        Assert.Equal(prediction.Scores[prediction.Label], prediction.Confidence);
        Assert.True(prediction.Confidence > 0.5f, $"Confidence {prediction.Confidence} on a training sentence.");
    }

    [Fact]
    public void Model_reports_labels_and_metadata()
    {
        var model = trained.Model;

        Assert.Equal([ComplaintExamples.Billing, ComplaintExamples.Parking, ComplaintExamples.Staff], model.Labels.Order());
        Assert.Equal(ComplaintExamples.Training().Count, model.Metadata.ExampleCount);
        Assert.Equal(new TextClassificationPipeline(TrainingOptions.Default).Version, model.Metadata.PipelineVersion);
        Assert.Equal(new TextClassificationPipeline(TrainingOptions.Default).Learner, model.Metadata.Learner);
    }

    [Fact]
    public void Training_time_comes_from_the_injected_clock()
    {
        var clock = new FixedClock(new DateTimeOffset(2024, 5, 1, 8, 30, 0, TimeSpan.Zero));

        var model = new ModelTrainer(clock).Train(ComplaintExamples.Training(), TrainingOptions.Default, CancellationToken.None);

        Assert.Equal(clock.Now, model.Metadata.TrainedAt);
    }

    [Fact]
    public async Task A_saved_and_reloaded_model_gives_the_same_predictions_and_metadata()
    {
        using var buffer = new MemoryStream();
        await trained.Model.SaveAsync(buffer, CancellationToken.None);
        buffer.Position = 0;
        var reloaded = await TrainedModel.LoadAsync(buffer, CancellationToken.None);

        using var original = new PooledTextClassifier(trained.Model);
        using var restored = new PooledTextClassifier(reloaded);
        foreach (var example in ComplaintExamples.Unseen().Concat(ComplaintExamples.Training()))
        {
            Assert.Equal(original.Predict(example.Text), restored.Predict(example.Text), PredictionComparer.Instance);
        }

        Assert.Equal(trained.Model.Labels, reloaded.Labels);
        Assert.Equal(trained.Model.Metadata.TrainedAt, reloaded.Metadata.TrainedAt);
        Assert.Equal(trained.Model.Metadata.ExampleCount, reloaded.Metadata.ExampleCount);
        Assert.Equal(trained.Model.Metadata.PipelineVersion, reloaded.Metadata.PipelineVersion);
        Assert.Equal(trained.Model.Metadata.MarginsPerDistance, reloaded.Metadata.MarginsPerDistance);
    }

    [Fact]
    public void Synchronous_save_and_load_round_trip_through_a_stream()
    {
        using var buffer = new MemoryStream();
        trained.Model.Save(buffer);
        buffer.Position = 0;

        var reloaded = TrainedModel.Load(buffer);

        using var classifier = new PooledTextClassifier(reloaded);
        Assert.Equal(ComplaintExamples.Staff, classifier.Predict("櫃台人員態度很差").Label);
    }

    [Fact]
    public void Predictions_from_many_threads_at_once_match_single_threaded_ones()
    {
        using var classifier = new PooledTextClassifier(trained.Model, maximumRetained: 4);
        var texts = ComplaintExamples.Training().Concat(ComplaintExamples.Unseen()).Select(example => example.Text).ToArray();
        var expected = texts.Select(classifier.Predict).ToArray();

        var concurrent = new ConcurrentBag<(int Index, TextPrediction Prediction)>();
        Parallel.For(
            0,
            texts.Length * 20,
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            i => concurrent.Add((i % texts.Length, classifier.Predict(texts[i % texts.Length]))));

        Assert.Equal(texts.Length * 20, concurrent.Count);
        Assert.All(concurrent, result => Assert.Equal(expected[result.Index], result.Prediction, PredictionComparer.Instance));
    }

    [Fact]
    public void The_classifier_is_usable_through_its_interface()
    {
        using var pooled = new PooledTextClassifier(trained.Model);
        ITextClassifier classifier = pooled;

        Assert.Equal(trained.Model.Labels, classifier.Labels);
        Assert.Equal(ComplaintExamples.Billing, classifier.Predict("帳單金額錯誤").Label);
    }

    [Fact]
    public void A_disposed_classifier_refuses_to_predict()
    {
        var classifier = new PooledTextClassifier(trained.Model);

        classifier.Dispose();

        Assert.Throws<ObjectDisposedException>(() => classifier.Predict("停車場車位太少"));
    }

    [Fact]
    public void Text_with_no_known_n_gram_still_gets_a_valid_prediction()
    {
        using var classifier = new PooledTextClassifier(trained.Model);

        var prediction = classifier.Predict("§§§");

        Assert.Contains(prediction.Label, trained.Model.Labels);
        Assert.InRange(prediction.Confidence, 0f, 1f);
    }

    [Fact]
    public void Training_twice_on_the_same_data_with_the_same_seed_gives_identical_predictions()
    {
        var options = new TrainingOptions { Seed = 42 };
        var first = new ModelTrainer().Train(ComplaintExamples.Training(), options, CancellationToken.None);
        var second = new ModelTrainer().Train(ComplaintExamples.Training(), options, CancellationToken.None);

        using var a = new PooledTextClassifier(first);
        using var b = new PooledTextClassifier(second);
        foreach (var example in ComplaintExamples.Unseen().Concat(ComplaintExamples.Training()))
        {
            Assert.Equal(a.Predict(example.Text), b.Predict(example.Text), PredictionComparer.Instance);
        }
    }

    [Fact]
    public void A_smaller_svm_cost_makes_the_classifier_less_confident()
    {
        // A hundred times smaller C regularises a hundred times more strongly, so the margins shrink.
        var examples = ComplaintExamples.Training();
        var usual = new ModelTrainer().Train(examples, new TrainingOptions { Cost = 1 }, CancellationToken.None);
        var strong = new ModelTrainer().Train(examples, new TrainingOptions { Cost = 0.01 }, CancellationToken.None);

        using var a = new PooledTextClassifier(usual);
        using var b = new PooledTextClassifier(strong);
        foreach (var example in ComplaintExamples.Unseen())
        {
            Assert.True(b.Predict(example.Text).Confidence < a.Predict(example.Text).Confidence, example.Text);
        }
    }

    [Fact]
    public void Balancing_a_rare_label_makes_the_classifier_more_confident_of_it()
    {
        // Parking keeps only three of its examples: weighted up, its other texts score higher for it.
        var examples = ComplaintExamples.Training();
        var parking = examples.Where(example => example.Label == ComplaintExamples.Parking).ToList();
        var unbalanced = examples.Where(example => example.Label != ComplaintExamples.Parking).Concat(parking.Take(3)).ToList();
        var plain = new ModelTrainer().Train(unbalanced, new TrainingOptions { BalanceLabels = false }, CancellationToken.None);
        var balanced = new ModelTrainer().Train(unbalanced, new TrainingOptions { BalanceLabels = true }, CancellationToken.None);

        using var a = new PooledTextClassifier(plain);
        using var b = new PooledTextClassifier(balanced);
        Assert.Contains("label weights", balanced.Metadata.Learner, StringComparison.Ordinal);
        Assert.DoesNotContain("label weights", plain.Metadata.Learner, StringComparison.Ordinal);
        foreach (var example in parking.Skip(3))
        {
            var before = a.Predict(example.Text).Scores[ComplaintExamples.Parking];
            var after = b.Predict(example.Text).Scores[ComplaintExamples.Parking];
            Assert.True(after > before, $"{example.Text}: {before} unweighted, {after} weighted");
        }
    }

    [Fact]
    public void Training_needs_at_least_two_labels()
    {
        var data = new[] { new LabelledText("a", "only"), new LabelledText("b", "only") };

        Assert.Throws<ArgumentException>(() => new ModelTrainer().Train(data, TrainingOptions.Default, CancellationToken.None));
    }

    [Fact]
    public void A_cancelled_token_stops_training()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(
            () => new ModelTrainer().Train(ComplaintExamples.Training(), TrainingOptions.Default, cancellation.Token));
    }
}
