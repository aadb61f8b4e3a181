using ServiceQuality.Classification;
using ServiceQuality.ModelRegistry.Tests.Support;

namespace ServiceQuality.ModelRegistry.Tests.Serving;

public sealed class ServedModelTests(TrainedSeparableModel trained) : IClassFixture<TrainedSeparableModel>
{
    [Fact]
    public void A_retired_version_finishes_the_predictions_already_under_way_and_is_then_released()
    {
        var served = new ServedModel("v1", new PooledTextClassifier(trained.Model));
        Assert.True(served.TryEnter());

        served.Retire();

        Assert.Equal(TrainingData.Parking, served.Classifier.Predict("停車位一直客滿").Label);
        Assert.True(served.TryEnter());
        served.Exit();
        served.Exit();
        Assert.False(served.TryEnter());
        Assert.Throws<ObjectDisposedException>(() => served.Classifier.Predict("停車位一直客滿"));
    }

    [Fact]
    public void Retiring_twice_releases_the_registrys_reference_only_once()
    {
        var served = new ServedModel("v1", new PooledTextClassifier(trained.Model));
        Assert.True(served.TryEnter());

        served.Retire();
        served.Retire();

        Assert.Equal(TrainingData.Staff, served.Classifier.Predict("the clerk was rude to me").Label);
        served.Exit();
        Assert.False(served.TryEnter());
    }
}

/// <summary>One model trained on the separable set, shared by the tests that only need a classifier.</summary>
public sealed class TrainedSeparableModel
{
    public TrainedModel Model { get; } = new ModelTrainer().Train(TrainingData.Separable());
}
