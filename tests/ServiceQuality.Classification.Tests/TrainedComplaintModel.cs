namespace ServiceQuality.Classification.Tests;

/// <summary>One model trained once and shared by the tests that only need some trained model.</summary>
public sealed class TrainedComplaintModel
{
    public TrainedComplaintModel()
    {
        Model = new ModelTrainer().Train(ComplaintExamples.Training(), TrainingOptions.Default, CancellationToken.None);
    }

    public TrainedModel Model { get; }
}
